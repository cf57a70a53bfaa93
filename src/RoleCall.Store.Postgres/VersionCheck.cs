using System.Diagnostics;
using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The version check on read behind <see cref="ChangeListener"/>: the cache is served only while the channel's
/// counter in `rolecall_changes` was read at most <see cref="HardLimit"/> ago, and a counter newer than every
/// change the replica has seen invalidates the cache (<see cref="ChangeListener.Observe"/>). So a change made
/// on another replica is seen here within <see cref="HardLimit"/> even when its notification never arrives.
/// Piggy-backed on reads, never on a timer: a read that finds the last check older than
/// <see cref="SoftLimit"/> starts one in the background and is served; one that finds it older than
/// <see cref="HardLimit"/> (the first read after an idle spell, or after the process was paused) waits for a
/// check, one at a time. Under steady load that is one primary-key read per replica every ~20 ms.
/// </summary>
internal sealed class VersionCheck(NpgsqlDataSource source, string channel, ChangeListener changes) : IDisposable
{
    /// <summary>The bound on staleness: under the 100 ms issue 15 sets for a change to reach every replica.</summary>
    public static readonly TimeSpan HardLimit = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan SoftLimit = TimeSpan.FromMilliseconds(20);

    private const string Sql = "SELECT coalesce((SELECT version FROM rolecall_changes WHERE channel = @c), 0);";

    private static readonly long Hard = (long)(HardLimit.TotalSeconds * Stopwatch.Frequency);
    private static readonly long Soft = (long)(SoftLimit.TotalSeconds * Stopwatch.Frequency);

    private readonly Lock waiting = new();
    private readonly CancellationTokenSource stop = new();

    /// <summary>When the last successful check was sent (its snapshot is at least that recent); 0: never.</summary>
    private long verifiedAt;
    private int running;

    /// <summary>Whether the cache may be trusted now; false when the counter cannot be read (then the caller reads the database).</summary>
    public bool Fresh()
    {
        var age = Stopwatch.GetTimestamp() - Interlocked.Read(ref verifiedAt);
        if (age <= Soft)
        {
            return true;
        }

        if (age <= Hard)
        {
            StartInBackground();
            return true;
        }

        lock (waiting)
        {
            // Another reader may have checked while this one waited for the lock.
            if (Stopwatch.GetTimestamp() - Interlocked.Read(ref verifiedAt) <= Hard)
            {
                return true;
            }

            try
            {
                var started = Stopwatch.GetTimestamp();
                using var connection = source.OpenConnection();
                Verified(new PgSession(connection, null).Scalar(Sql, ("c", channel)), started);
                return true;
            }
            catch (NpgsqlException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private void StartInBackground()
    {
        if (Interlocked.CompareExchange(ref running, 1, 0) == 0)
        {
            _ = Task.Run(CheckAsync);
        }
    }

    private async Task CheckAsync()
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var connection = await source.OpenConnectionAsync(stop.Token);
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddWithValue("c", channel);
            Verified(Convert.ToInt64(await command.ExecuteScalarAsync(stop.Token), System.Globalization.CultureInfo.InvariantCulture), started);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or ObjectDisposedException)
        {
            // Not verified: once the last check is older than the hard limit, readers check themselves (or read the database).
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    /// <summary>The counter read by a check sent at <paramref name="started"/>: invalidate if it is news, then trust the cache until the limits run out.</summary>
    private void Verified(long version, long started)
    {
        changes.Observe(version);
        long seen;
        while ((seen = Interlocked.Read(ref verifiedAt)) < started && Interlocked.CompareExchange(ref verifiedAt, started, seen) != seen)
        {
        }
    }
}
