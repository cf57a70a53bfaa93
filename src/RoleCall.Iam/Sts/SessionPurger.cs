using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sts;

/// <summary>
/// Deletes expired STS sessions in the background, every <see cref="DefaultInterval"/> by default: without it
/// every AssumeRole adds a row that outlives its use forever. Expiry is judged by the service clock (the same
/// one the authenticator uses, so `--dev-clock` moves both). Any number of replicas may purge one shared store:
/// the delete is idempotent. A failed purge (database briefly unreachable) is retried at the next tick.
/// </summary>
public sealed class SessionPurger : IAsyncDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    private readonly IIamStore store;
    private readonly TimeProvider clock;
    private readonly ITimer timer;
    private int running;
    private long purged;

    public SessionPurger(IIamStore store, TimeProvider clock, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.store = store;
        this.clock = clock;
        var every = interval ?? DefaultInterval;
        timer = clock.CreateTimer(_ => Purge(), null, every, every);
    }

    /// <summary>How many sessions the purges so far deleted.</summary>
    public long Purged => Interlocked.Read(ref purged);

    public async ValueTask DisposeAsync() => await timer.DisposeAsync();

    private void Purge()
    {
        // A slow purge is never overlapped by the next tick.
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return;
        }

        try
        {
            Interlocked.Add(ref purged, store.DeleteSessionsExpiredBefore(clock.GetUtcNow()));
        }
        catch (System.Data.Common.DbException)
        {
            // The database was unreachable or busy: the next tick retries; a purge is never urgent.
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
