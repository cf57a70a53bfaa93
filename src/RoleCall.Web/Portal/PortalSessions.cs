using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Portal;

/// <summary>
/// Access-portal sessions and half-finished sign-ins, kept in the browser as the console keeps its own: each
/// HttpOnly cookie is the state itself, sealed under the key every replica sharing the store derives alike
/// (<see cref="CookieSealer"/>), so any replica, or the same server after a restart, reads it: no sticky
/// sessions. What ends a cookie before it lapses lives in the store, shared: a sign-out or a completed step
/// revokes its random ID (<see cref="Iam.Store.IIamStore.TryRevokeConsoleId"/>) for every replica.
/// </summary>
public sealed class PortalSessions : IDisposable
{
    /// <summary>How long the new-password or MFA step may take after a correct password.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    private const string SessionPurpose = "portal-session";
    private const string PendingPurpose = "portal-pending";

    private readonly SessionStore console;
    private readonly TimeProvider clock;
    private readonly byte[] seedKey;

    internal PortalSessions(SessionStore console, TimeProvider clock)
    {
        this.console = console;
        this.clock = clock;
        seedKey = console.Store.DeriveKey("rolecall portal mfa seeds v1");
    }

    /// <summary>
    /// The Base32 seed of the MFA device being registered under a session or pending sign-in ID: the same on every
    /// replica and at every ask until a device is registered (the user's seed is part of it), never sent back by
    /// the browser (so it cannot be chosen), and unpredictable without the store's key.
    /// </summary>
    public string RegistrationSeed(string id, string? currentSeed)
    {
        ArgumentNullException.ThrowIfNull(id);
        var mac = HMACSHA256.HashData(seedKey, Encoding.UTF8.GetBytes(id + "\n" + currentSeed));
        return Core.Otp.Base32.Encode(mac.AsSpan(0, 20).ToArray());
    }

    /// <summary>Starts a session; returns it and the cookie value that carries it.</summary>
    public (PortalSession Session, string Cookie) Start(string userId, TimeSpan lifetime)
    {
        var session = new PortalSession(SessionStore.NewId(), userId, clock.GetUtcNow() + lifetime);
        return (session, console.Sealer.Seal(SessionPurpose, JsonSerializer.SerializeToUtf8Bytes(session, PortalJsonContext.Default.PortalSession)));
    }

    /// <summary>The session a cookie value seals, unless it lapsed or was signed out (on any replica).</summary>
    public PortalSession? Find(string? cookie) =>
        console.Open(SessionPurpose, cookie, PortalJsonContext.Default.PortalSession) is { } session && session.Expires > clock.GetUtcNow()
            && !console.Store.IsConsoleIdRevoked(session.Id) ? session : null;

    /// <summary>Sign-out: the ID is revoked for every replica, so a copy of the cookie opens nothing any more.</summary>
    public void End(PortalSession? session)
    {
        if (session is not null)
        {
            console.Store.TryRevokeConsoleId(session.Id, session.Expires, clock.GetUtcNow());
        }
    }

    /// <summary>The cookie value of a pending sign-in at <paramref name="step"/>.</summary>
    public string Pend(string userId, PortalStep step)
    {
        var pending = new PortalPending(SessionStore.NewId(), userId, step, clock.GetUtcNow() + PendingLifetime);
        return console.Sealer.Seal(PendingPurpose, JsonSerializer.SerializeToUtf8Bytes(pending, PortalJsonContext.Default.PortalPending));
    }

    /// <summary>The pending sign-in a cookie value seals, at exactly this step, or null.</summary>
    public PortalPending? FindPending(string? cookie, PortalStep step) =>
        OpenPending(cookie) is { } pending && pending.Step == step ? pending : null;

    /// <summary>Uses up a pending sign-in: its cookie cannot complete a second sign-in, here or elsewhere.</summary>
    public void EndPending(string? cookie)
    {
        if (OpenPending(cookie) is { } pending)
        {
            console.Store.TryRevokeConsoleId(pending.Id, pending.Expires, clock.GetUtcNow());
        }
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(seedKey);

    private PortalPending? OpenPending(string? cookie) =>
        console.Open(PendingPurpose, cookie, PortalJsonContext.Default.PortalPending) is { } pending && pending.Expires > clock.GetUtcNow()
            && !console.Store.IsConsoleIdRevoked(pending.Id) ? pending : null;
}
