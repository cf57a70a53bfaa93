using System.Text.Json;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Web.Services;

namespace RoleCall.Web.Sessions;

/// <summary>
/// Sign-in tokens from /federation getSigninToken: valid for <see cref="Lifetime"/> and once, each for a session
/// this server issued and the console session's end. A token is that state sealed (<see cref="CookieSealer"/>),
/// so a token one replica issued signs in on any other; redeeming it revokes its ID in the shared store, so a
/// replay is refused everywhere.
/// </summary>
public sealed class SigninTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private const string Purpose = "signin-token";

    private readonly SessionStore sessions;
    private readonly IIamStore store;
    private readonly IamCalls iam;
    private readonly TimeProvider clock;

    internal SigninTokens(SessionStore sessions, IIamStore store, IamCalls iam, TimeProvider clock)
    {
        this.sessions = sessions;
        this.store = store;
        this.iam = iam;
        this.clock = clock;
    }

    /// <summary>A token for <paramref name="caller"/>, the caller of temporary credentials this server issued (found by key ID).</summary>
    public string Issue(Caller caller, DateTimeOffset sessionEnd)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var state = new SigninTokenState(SessionStore.NewId(), clock.GetUtcNow() + Lifetime, caller.AccessKeyId, sessionEnd);
        return sessions.Sealer.Seal(Purpose, JsonSerializer.SerializeToUtf8Bytes(state, WebJsonContext.Default.SigninTokenState));
    }

    /// <summary>The token's session, using the token up: a replayed, expired or foreign token yields null.</summary>
    public (Caller Caller, DateTimeOffset SessionEnd)? Redeem(string? token)
    {
        var now = clock.GetUtcNow();
        if (sessions.Open(Purpose, token, WebJsonContext.Default.SigninTokenState) is not { } state || state.Expires <= now
            || iam.FindKey(state.KeyId)?.Caller is not { } caller || !store.TryRevokeConsoleId(state.Id, state.Expires, now))
        {
            return null;
        }

        return (caller, state.SessionEnd);
    }
}
