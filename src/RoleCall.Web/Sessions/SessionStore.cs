using System.Collections.Concurrent;
using System.Security.Cryptography;
using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;

namespace RoleCall.Web.Sessions;

/// <summary>
/// Console sessions and half-finished sign-ins (between the password and the MFA or new-password step), in
/// memory, by random 256-bit IDs that only the HttpOnly cookie carries. Expired entries are dropped when read
/// and swept when new ones are added.
/// </summary>
public sealed class SessionStore(TimeProvider clock)
{
    /// <summary>How long the MFA or new-password step may take after a correct password.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConsoleSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (SignInAttempt Attempt, DateTimeOffset Expires)> pending = new(StringComparer.Ordinal);

    public ConsoleSession Start(Caller signedIn, DateTimeOffset expires)
    {
        Sweep();
        var session = new ConsoleSession(NewId(), signedIn, expires);
        sessions[session.Id] = session;
        return session;
    }

    public ConsoleSession? Find(string? id)
    {
        if (id is null || !sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        if (session.Expires > clock.GetUtcNow())
        {
            return session;
        }

        sessions.TryRemove(id, out _);
        return null;
    }

    public void End(string? id)
    {
        if (id is not null)
        {
            sessions.TryRemove(id, out _);
        }
    }

    public string Pend(SignInAttempt attempt)
    {
        var id = NewId();
        pending[id] = (attempt, clock.GetUtcNow() + PendingLifetime);
        return id;
    }

    public SignInAttempt? FindPending(string? id) =>
        id is not null && pending.TryGetValue(id, out var entry) && entry.Expires > clock.GetUtcNow() ? entry.Attempt : null;

    public void EndPending(string? id)
    {
        if (id is not null)
        {
            pending.TryRemove(id, out _);
        }
    }

    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, session) in sessions)
        {
            if (session.Expires <= now)
            {
                sessions.TryRemove(id, out _);
            }
        }

        foreach (var (id, entry) in pending)
        {
            if (entry.Expires <= now)
            {
                pending.TryRemove(id, out _);
            }
        }
    }
}
