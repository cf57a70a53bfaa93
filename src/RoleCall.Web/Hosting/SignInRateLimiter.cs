using System.Collections.Concurrent;

namespace RoleCall.Web.Hosting;

/// <summary>
/// Sign-in attempts per client address: at most <see cref="Limit"/> password or MFA posts a minute, so guessing
/// across many user names is slow too (the per-user lock lives in the IAM sign-in service).
/// </summary>
public sealed class SignInRateLimiter(TimeProvider clock)
{
    public const int Limit = 20;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Start)> counters = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt; false when the address is over its limit for the current minute.</summary>
    public bool TryAcquire(string address)
    {
        var now = clock.GetUtcNow();
        var entry = counters.AddOrUpdate(address, _ => (1, now), (_, e) => now - e.Start >= Window ? (1, now) : (e.Count + 1, e.Start));
        return entry.Count <= Limit;
    }
}
