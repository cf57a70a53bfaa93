using System.Collections.Concurrent;

namespace RoleCall.Iam.SignIn;

/// <summary>
/// Locks a console identity (account + user name) after <see cref="MaxFailures"/> failed passwords or MFA codes
/// within <see cref="Window"/>, for <see cref="LockTime"/>. In memory: a restart forgets failures, which costs
/// an attacker a restart of the server they would need to control anyway. A success clears the count.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    public bool IsLocked(string key) =>
        failures.TryGetValue(key, out var entry) && entry.LockedUntil is { } until && clock.GetUtcNow() < until;

    public void Fail(string key)
    {
        var now = clock.GetUtcNow();
        failures.AddOrUpdate(key, _ => Next(new Failures(0, now, null), now), (_, e) => Next(e, now));
    }

    public void Succeed(string key) => failures.TryRemove(key, out _);

    private static Failures Next(Failures e, DateTimeOffset now)
    {
        // Failures older than the window, or from before an expired lock, start a new count.
        var fresh = now - e.First > Window || e.LockedUntil is { } until && now >= until;
        var count = fresh ? 1 : e.Count + 1;
        return new Failures(count, fresh ? now : e.First, count >= MaxFailures ? now + LockTime : null);
    }

    public static string Key(string accountId, string? userName) => $"{accountId}/{userName?.ToLowerInvariant() ?? "root"}";

    private readonly record struct Failures(int Count, DateTimeOffset First, DateTimeOffset? LockedUntil);
}
