using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;
using RoleCall.Iam.Store;
using RoleCall.Web.Hosting;
using RoleCall.Web.Services;

namespace RoleCall.Web.Sessions;

/// <summary>
/// Console sessions and half-finished sign-ins, kept in the browser: each cookie is the state itself, sealed
/// by <see cref="CookieSealer"/> under a key every process sharing the store derives alike, so any replica
/// (or the same server after a restart) reads it and no sticky sessions are needed. What can end a cookie
/// before it lapses lives in the store, shared: a sign-out, or a used sign-in step, revokes its random ID
/// (<see cref="IIamStore.TryRevokeConsoleId"/>), and every replica refuses a revoked ID. Role sessions are
/// named by their access key ID and read from the store, where AssumeRole put them.
/// </summary>
public sealed class SessionStore : IDisposable
{
    /// <summary>How long the MFA or new-password step may take after a correct password.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    private const string SessionPurpose = "session";
    private const string PendingPurpose = "pending";

    private readonly IIamStore store;
    private readonly IamCalls iam;
    private readonly TimeProvider clock;

    public SessionStore(IIamStore store, IamCalls iam, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.iam = iam;
        this.clock = clock;
        Sealer = new CookieSealer(store.DeriveKey(CookieSealer.KeyPurpose));
    }

    internal CookieSealer Sealer { get; }

    /// <summary>Where revoked IDs and the cookie key live: the portal's sessions use them too.</summary>
    internal IIamStore Store => store;

    /// <summary>Starts a session and sets its cookie.</summary>
    public ConsoleSession Start(HttpContext http, Caller signedIn, DateTimeOffset expires)
    {
        var session = new ConsoleSession(NewId(), signedIn, expires);
        Write(http, session);
        return session;
    }

    /// <summary>The session the cookie value seals, unless it lapsed or was signed out (on any replica).</summary>
    public ConsoleSession? Find(string? cookie)
    {
        if (Open(SessionPurpose, cookie, WebJsonContext.Default.SessionState) is not { } state || state.Expires <= clock.GetUtcNow()
            || store.IsConsoleIdRevoked(state.Id))
        {
            return null;
        }

        // A role whose session is gone from the store (purged after it ended) is no role: back to the user.
        var role = state.Role is { } r && iam.FindKey(r.KeyId)?.Caller is { } caller ? new ActiveRole(caller, r.DisplayName, r.Color, r.Expires) : null;
        return new ConsoleSession(state.Id, state.SignedIn, state.Expires, role, state.Mfa);
    }

    /// <summary>Seals the session into its cookie again when this request changed it (before the response starts).</summary>
    public void SaveIfChanged(HttpContext http, ConsoleSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Changed)
        {
            Write(http, session);
        }
    }

    /// <summary>Sign-out: the ID is revoked for every replica, so a copy of the cookie opens nothing any more.</summary>
    public void End(HttpContext http, ConsoleSession? session)
    {
        if (session is not null)
        {
            store.TryRevokeConsoleId(session.Id, session.Expires, clock.GetUtcNow());
            session.Changed = false;
        }

        Cookies.Delete(http, Cookies.Session);
    }

    /// <summary>Sets the pending-sign-in cookie for the MFA or new-password step.</summary>
    public void Pend(HttpContext http, SignInAttempt attempt)
    {
        var state = new PendingState(NewId(), clock.GetUtcNow() + PendingLifetime, attempt);
        Cookies.Set(http, Cookies.Pending, Sealer.Seal(PendingPurpose, JsonSerializer.SerializeToUtf8Bytes(state, WebJsonContext.Default.PendingState)), PendingLifetime);
    }

    public SignInAttempt? FindPending(string? cookie) => FindPendingState(cookie)?.Attempt;

    /// <summary>Uses up the pending sign-in: its cookie cannot complete a second sign-in, here or elsewhere.</summary>
    public void EndPending(HttpContext http)
    {
        if (FindPendingState(Cookies.Get(http, Cookies.Pending)) is { } state)
        {
            store.TryRevokeConsoleId(state.Id, state.Expires, clock.GetUtcNow());
        }

        Cookies.Delete(http, Cookies.Pending);
    }

    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => Sealer.Dispose();

    internal T? Open<T>(string purpose, string? cookie, JsonTypeInfo<T> type)
        where T : class
    {
        if (Sealer.Open(purpose, cookie) is not { } plain)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(plain, type);
        }
        catch (JsonException)
        {
            // Sealed by this key but not in this shape: an older format. The browser signs in again.
            return null;
        }
    }

    private PendingState? FindPendingState(string? cookie) =>
        Open(PendingPurpose, cookie, WebJsonContext.Default.PendingState) is { } state && state.Expires > clock.GetUtcNow() && !store.IsConsoleIdRevoked(state.Id)
            ? state : null;

    private void Write(HttpContext http, ConsoleSession session)
    {
        var role = session.Role is { } r ? new RoleState(r.Caller.AccessKeyId, r.DisplayName, r.Color, r.Expires) : null;
        var state = new SessionState(session.Id, session.Expires, session.SignedIn, role, session.AssigningMfa);
        Cookies.Set(http, Cookies.Session, Sealer.Seal(SessionPurpose, JsonSerializer.SerializeToUtf8Bytes(state, WebJsonContext.Default.SessionState)));
        session.Changed = false;
    }
}
