using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The cross-replica invalidation of <see cref="SharedCache"/>: every write to cached tables runs
/// `pg_notify('rolecall_iam', '')` in its transaction, which PostgreSQL delivers to every listening replica at
/// commit; each delivery bumps <see cref="Generation"/>, and a cache entry is valid only while the generation
/// it was read under is current. The writing replica bumps too, right after its commit (<see cref="Bump"/>), so
/// it reads its own writes at once. While the listening connection is down nothing is cached
/// (<see cref="Listening"/> false), so a lost notification can never leave a stale entry behind.
/// </summary>
internal sealed class ChangeListener : IDisposable
{
    public const string Channel = "rolecall_iam";

    private readonly NpgsqlDataSource source;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long generation;
    private volatile bool listening;

    public ChangeListener(NpgsqlDataSource source)
    {
        this.source = source;
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
                await using (var command = new NpgsqlCommand($"LISTEN {Channel};", connection))
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
