using System.Collections.Concurrent;
using RoleCall.Iam.Model;

namespace RoleCall.Web.Sessions;

/// <summary>
/// Sign-in tokens from /federation getSigninToken: valid for <see cref="Lifetime"/> and once (login takes the
/// token out), each for the session it was issued for and the console session's end.
/// </summary>
public sealed class SigninTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (Caller Caller, DateTimeOffset SessionEnd, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);

    public string Issue(Caller caller, DateTimeOffset sessionEnd)
    {
        var now = clock.GetUtcNow();
        foreach (var (old, entry) in tokens)
        {
            if (entry.Expires <= now)
            {
                tokens.TryRemove(old, out _);
            }
        }

        var token = SessionStore.NewId() + SessionStore.NewId();
        tokens[token] = (caller, sessionEnd, now + Lifetime);
        return token;
    }

    /// <summary>The token's session, removing it: a replayed or expired token yields null.</summary>
    public (Caller Caller, DateTimeOffset SessionEnd)? Redeem(string? token) =>
        token is not null && tokens.TryRemove(token, out var entry) && entry.Expires > clock.GetUtcNow() ? (entry.Caller, entry.SessionEnd) : null;
}
