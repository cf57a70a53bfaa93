using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The cross-replica invalidation of <see cref="SharedCache"/>: every write to a store's cached tables runs
/// `pg_notify(channel, '')` in its transaction (one channel per store: `rolecall_iam`, `rolecall_ec2`), which PostgreSQL delivers to every listening replica at
/// commit; each delivery bumps <see cref="Generation"/>, and a cache entry is valid only while the generation
/// it was read under is current. The writing replica bumps too, right after its commit (<see cref="Bump"/>), so
/// it reads its own writes at once. While the listening connection is down nothing is cached
/// (<see cref="Listening"/> false), so a lost notification can never leave a stale entry behind.
/// </summary>
internal sealed class ChangeListener : IDisposable
{
    private readonly NpgsqlDataSource source;
    private readonly string channel;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long generation;
    private volatile bool listening;

    public ChangeListener(NpgsqlDataSource source, string channel)
    {
        this.source = source;
        this.channel = channel;
        loop = Task.Run(ListenAsync);
    }

    public long Generation => Interlocked.Read(ref generation);

    public bool Listening => listening;

    public void Bump() => Interlocked.Increment(ref generation);

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

        stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(stop.Token);
                connection.Notification += (_, _) => Bump();
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
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException or System.IO.IOException or TimeoutException)
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
}
