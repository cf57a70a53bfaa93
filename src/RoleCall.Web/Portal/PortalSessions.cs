using System.Collections.Concurrent;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Portal;

/// <summary>
/// Access-portal sessions and half-finished sign-ins, in memory, by random 256-bit IDs that only HttpOnly
/// cookies carry (the console's <see cref="SessionStore"/> keeps IAM callers; these keep identity-store users).
/// Expired entries are dropped when read and swept when new ones are added; a restart signs everyone out.
/// </summary>
public sealed class PortalSessions(TimeProvider clock)
{
    /// <summary>How long the new-password or MFA step may take after a correct password.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, PortalSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string UserId, PortalStep Step, DateTimeOffset Expires)> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> registering = new(StringComparer.Ordinal);

    /// <summary>
    /// The Base32 seed of the MFA device being registered under a session or pending sign-in ID: made on the
    /// first ask, the same until <see cref="EndRegistration"/>, never sent back by the browser (so it cannot be chosen).
    /// </summary>
    public string RegistrationSeed(string id) => registering.GetOrAdd(id, _ => Core.Otp.Base32.Encode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)));

    public void EndRegistration(string? id)
    {
        if (id is not null)
        {
            registering.TryRemove(id, out _);
        }
    }

    public PortalSession Start(string userId, TimeSpan lifetime)
    {
        Sweep();
        var session = new PortalSession(SessionStore.NewId(), userId, clock.GetUtcNow() + lifetime);
        sessions[session.Id] = session;
        return session;
    }

    public PortalSession? Find(string? id) =>
        id is not null && sessions.TryGetValue(id, out var session) && session.Expires > clock.GetUtcNow() ? session : null;

    public void End(string? id)
    {
        if (id is not null)
        {
            sessions.TryRemove(id, out _);
            registering.TryRemove(id, out _);
        }
    }

    public string Pend(string userId, PortalStep step)
    {
        Sweep();
        var id = SessionStore.NewId();
        pending[id] = (userId, step, clock.GetUtcNow() + PendingLifetime);
        return id;
    }

    /// <summary>The user of a pending sign-in at exactly this step, or null.</summary>
    public string? FindPending(string? id, PortalStep step) =>
        id is not null && pending.TryGetValue(id, out var entry) && entry.Step == step && entry.Expires > clock.GetUtcNow() ? entry.UserId : null;

    public void EndPending(string? id)
    {
        if (id is not null)
        {
            pending.TryRemove(id, out _);
            registering.TryRemove(id, out _);
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, session) in sessions)
        {
            if (session.Expires <= now)
            {
                sessions.TryRemove(id, out _);
                registering.TryRemove(id, out _);
            }
        }

        foreach (var (id, entry) in pending)
        {
            if (entry.Expires <= now)
            {
                pending.TryRemove(id, out _);
                registering.TryRemove(id, out _);
            }
        }
    }
}
