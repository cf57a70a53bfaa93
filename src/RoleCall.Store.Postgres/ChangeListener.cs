using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The cross-replica invalidation of <see cref="SharedCache"/>. Every write to a store's cached tables bumps its
/// channel's counter in `rolecall_changes` and runs `pg_notify(channel, version)` in its transaction
/// (<see cref="Announce"/>; one channel per store: `rolecall_iam`, `rolecall_ec2`), which PostgreSQL delivers
/// to every listening replica at commit. A delivery bumps <see cref="Generation"/>, and a cache entry is valid
/// only while the generation it was read under is current. The writing replica bumps too, right after its
/// commit (<see cref="Written"/>), so it reads its own writes at once. Two nets catch a lost notification:
/// while the listening connection is down nothing is cached (<see cref="Listening"/> false) and every
/// (re)connect invalidates everything; and a connection that stays up but delivers nothing (half-open TCP
/// after a partition, a pooler that does not forward NOTIFY) is caught by <see cref="VersionCheck"/>, which
/// reads the counter before the cache is trusted (<see cref="Usable"/>).
/// </summary>
internal sealed class ChangeListener : IDisposable
{
    private readonly NpgsqlDataSource source;
    private readonly string channel;
    private readonly CancellationTokenSource stop = new();
    private readonly VersionCheck check;
    private readonly Task loop;
    private long generation;

    /// <summary>The highest counter value whose change every entry of the current generation reflects.</summary>
    private long known;
    private volatile bool listening;

    /// <param name="source">Where the version check reads (pooled).</param>
    /// <param name="listenSource">Where LISTEN runs: unpooled, so the listening session never returns to a pool.</param>
    /// <param name="channel">The store's NOTIFY channel and counter row.</param>
    public ChangeListener(NpgsqlDataSource source, NpgsqlDataSource listenSource, string channel)
    {
        this.source = listenSource;
        this.channel = channel;
        check = new VersionCheck(source, channel, this);
        loop = Task.Run(ListenAsync);
    }

    public long Generation => Interlocked.Read(ref generation);

    public bool Listening => listening;

    /// <summary>Whether cached entries may be served now: listening, and the counter read recently enough.</summary>
    public bool Usable() => listening && check.Fresh();

    public void Bump() => Interlocked.Increment(ref generation);

    /// <summary>
    /// Inside a write's transaction, as its last statement: bumps the channel's counter (its row lock orders
    /// concurrent writers, so versions commit in order) and notifies every replica of it at commit.
    /// </summary>
    public long Announce(PgSession session) => session.Scalar(
        """
        WITH v AS (INSERT INTO rolecall_changes (channel, version) VALUES (@c, 1)
                   ON CONFLICT (channel) DO UPDATE SET version = rolecall_changes.version + 1 RETURNING version)
        SELECT version, pg_notify(@c, version::text) FROM v;
        """, ("c", channel));

    /// <summary>After a write committed with <paramref name="version"/>: this replica reads its own write at once.</summary>
    public void Written(long version) => Observe(version);

    /// <summary>
    /// A write to this channel's cached tables in one transaction of <paramref name="db"/>: the counter is bumped and
    /// every replica notified at commit, and this replica's cache is invalidated as soon as it returns, committed or not.
    /// </summary>
    public T Write<T>(PostgresDatabase db, Func<PgSession, T> work)
    {
        ArgumentNullException.ThrowIfNull(db);
        long version = 0;
        T result;
        try
        {
            result = db.Write(s =>
            {
                var done = work(s);
                version = Announce(s);
                return done;
            });
        }
        catch
        {
            // Not committed, or not known to be: its version may be reused by the next writer, so it is not observed.
            Bump();
            throw;
        }

        Written(version);
        return result;
    }

    /// <summary>
    /// Counter value <paramref name="version"/> is committed: entries read before now are outdated unless an
    /// earlier bump already covered it. Versions commit in order, so covering one covers all below it.
    /// </summary>
    public void Observe(long version)
    {
        if (version <= Interlocked.Read(ref known))
        {
            return;
        }

        Bump();
        long seen;
        while ((seen = Interlocked.Read(ref known)) < version && Interlocked.CompareExchange(ref known, version, seen) != seen)
        {
        }
    }

    /// <summary>Waits (bounded) until the first LISTEN is in place, so a store starts with its cache on.</summary>
    public bool WaitUntilListening(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!listening && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        return listening;
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        check.Dispose();
        stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(stop.Token);
                connection.Notification += (_, e) => Heard(e.Payload);
                await using (var command = new NpgsqlCommand($"LISTEN {channel};", connection))
                {
                    await command.ExecuteNonQueryAsync(stop.Token);
                }

                // Whatever was cached before this LISTEN may have missed a notification.
                Bump();
                listening = true;
                while (true)
                {
                    await connection.WaitAsync(stop.Token);
                }
            }
#pragma warning disable CA1031 // Whatever ended the connection (a broken socket surfaces as several types), the loop must go on listening: a dead loop would leave the cache trusted and unfed.
            catch (Exception)
#pragma warning restore CA1031
            {
                listening = false;
                Bump();
                if (!stop.IsCancellationRequested)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
                }
            }
        }
    }

    /// <summary>A notification: its payload is the committed version (an empty one, from an older replica, just bumps).</summary>
    private void Heard(string payload)
    {
        if (long.TryParse(payload, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            Observe(version);
        }
        else
        {
            Bump();
        }
    }
}
