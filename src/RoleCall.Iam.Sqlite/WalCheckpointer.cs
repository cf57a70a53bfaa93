using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Checkpoints the WAL on a background thread instead of inside a commit. SQLite's automatic checkpoint
/// runs in whichever commit crosses 1,000 WAL pages, with two fsyncs, while <see cref="SqliteDatabase"/>
/// holds its write lock: every other writer (a burst of AssumeRole session inserts) waited for the disk.
/// Connections are opened with `wal_autocheckpoint=0`; after writes this thread runs
/// `wal_checkpoint(PASSIVE)` on its own connection, which blocks neither readers nor writers. Durability is
/// unchanged: a commit is durable once it is in the WAL; checkpointing only copies it into the main file.
/// A PASSIVE checkpoint never rewinds the WAL, and the writer that could rewind it finds a reader still on
/// it under steady load, so once the WAL holds <see cref="RestartBytes"/> a RESTART checkpoint
/// lets the next commit start the WAL over. RESTART holds SQLite's writer lock through its two fsyncs
/// (5-25 ms each on the CI VM); a writer that met that lock slept in SQLite's busy handler (1, 2, 5, 10,
/// 15 ms steps), so a 6 ms RESTART cost it 8 ms and a 10 ms one 18 ms. It therefore runs holding the
/// database's own write gate (writers queue on an in-process lock and resume the moment it is done), right
/// after a PASSIVE that already copied and synced all but the newest frames, rarely (every 64 MiB of WAL),
/// and without waiting for readers: one still in the WAL makes it give up until the next round.
/// Even so each rewind held the writers ~25 ms, and wrk's latency (corrected for coordinated omission) counts
/// such a stall every ~1.5 s of AssumeRole load as a p99 of 20 ms; and each PASSIVE's fsync of the WAL slowed
/// the commits appending to that same file. A database that can send its writes elsewhere meanwhile
/// (<see cref="SessionFiles"/>) passes <c>divertWrites</c> and is checkpointed differently: never while it takes
/// writes (its WAL just grows, watched by size), and once it holds <see cref="RestartBytes"/>, after its writes
/// went to the other file, by one TRUNCATE checkpoint that waits for its readers as long as it needs, holds no
/// writer up, and leaves an empty WAL file (so its size keeps measuring the WAL). The price: without a PASSIVE
/// fsync every 200 ms, a power loss (not `kill -9`) can drop more of the newest commits of that file — up to the
/// kernel's write-back delay (~30 s) instead of ~0.2 s. For STS sessions that costs a client a new AssumeRole.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // At most this often, so a stream of small commits costs one checkpoint (two fsyncs) per interval.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(200);

    // 64 MiB of WAL (the journal_size_limit the file is cut back to): a rewind costs the writers one wait of
    // about two fsyncs, so it is rare; a WAL left growing costs disk and lookups.
    public const long RestartBytes = 64L << 20;

    // A diverted checkpoint retries this often while readers are still in the WAL, at most RestartAttempts times.
    private static readonly TimeSpan RestartRetry = TimeSpan.FromMilliseconds(5);
    private const int RestartAttempts = 200;

    private readonly SqliteConnection connection;
    private readonly Lock writeGate;
    private readonly Func<IDisposable?>? divertWrites;
    private readonly string walPath;
    private readonly long restartBytes;
    private readonly long restartFrames;
    private readonly SemaphoreSlim written = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;

    /// <param name="connectionString">The database's.</param>
    /// <param name="writeGate">The database's in-process write lock (<see cref="SqliteDatabase"/>).</param>
    /// <param name="divertWrites">
    /// Null: rewind under the write gate. Otherwise called when a rewind is due: returns null when the writes
    /// cannot go elsewhere now (the next round asks again), or a scope during which they go elsewhere.
    /// </param>
    /// <param name="restartBytes">The WAL size that makes a rewind due (<see cref="RestartBytes"/>; tests pass less).</param>
    public WalCheckpointer(string connectionString, Lock writeGate, Func<IDisposable?>? divertWrites = null, long restartBytes = RestartBytes)
    {
        this.writeGate = writeGate;
        this.divertWrites = divertWrites;
        this.restartBytes = restartBytes;
        connection = new SqliteConnection(connectionString);
        connection.Open();
        walPath = connection.DataSource + "-wal";
        using (var setup = connection.CreateCommand())
        {
            // Never sleep in SQLite's busy handler: RESTART runs under the write gate (no writer to wait for)
            // and gives up on a reader still in the WAL rather than hold the writers back.
            setup.CommandText = "PRAGMA busy_timeout=0;";
            setup.ExecuteNonQuery();
            setup.CommandText = "PRAGMA page_size;";
            restartFrames = restartBytes / Convert.ToInt64(setup.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        thread = new Thread(Loop) { IsBackground = true, Name = "rolecall-wal-checkpoint" };
        thread.Start();
    }

    /// <summary>Called after each committed write: a checkpoint is due.</summary>
    public void Written()
    {
        // One pending signal is enough: the checkpoint after it covers every commit before it.
        if (written.CurrentCount == 0)
        {
            try
            {
                written.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled first.
            }
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        thread.Join();
        connection.Dispose();
        written.Dispose();
        stopping.Dispose();
    }

    private void Loop()
    {
        try
        {
            while (true)
            {
                written.Wait(stopping.Token);
                Checkpoint();
                stopping.Token.WaitHandle.WaitOne(MinimumInterval);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the last connection to close checkpoints what is left.
        }
    }

    private void Checkpoint()
    {
        try
        {
            if (divertWrites is null)
            {
                CheckpointInPlace();
            }
            else
            {
                CheckpointDiverted();
            }
        }
        catch (SqliteException)
        {
            // Busy or an I/O hiccup: the WAL stays valid and the next write asks again.
        }
    }

    private void CheckpointInPlace()
    {
        if (Run("PASSIVE").Frames >= restartFrames)
        {
            lock (writeGate)
            {
                Run("RESTART");
            }
        }
    }

    /// <summary>
    /// Once the WAL is full and no writer of this process uses the file any more: the gate keeps out the rare
    /// one that comes anyway (the purge); readers still in the WAL make TRUNCATE answer busy, so it waits for
    /// them to leave, a bounded while (the next write to the file asks again).
    /// </summary>
    private void CheckpointDiverted()
    {
        if (!File.Exists(walPath) || new FileInfo(walPath).Length < restartBytes)
        {
            return;
        }

        using var diverted = divertWrites!();
        if (diverted is null)
        {
            return;
        }

        lock (writeGate)
        {
            for (var attempt = 0; attempt < RestartAttempts; attempt++)
            {
                if (!Run("TRUNCATE").Busy)
                {
                    StartNewWal();
                    return;
                }

                if (stopping.Token.WaitHandle.WaitOne(RestartRetry))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The first commit into an empty WAL writes its header and fsyncs it (0.3–15 ms here): done now, by
    /// rewriting the schema's user_version unchanged, so that the writer that comes back to this file finds a
    /// WAL already started and does not wait for the disk.
    /// </summary>
    private void StartNewWal()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");
        command.ExecuteNonQuery();
    }

    /// <summary>Runs one checkpoint; returns whether it stopped short, and the number of frames in the WAL (its first two result columns).</summary>
    private (bool Busy, long Frames) Run(string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var result = command.ExecuteReader();
        return result.Read() ? (result.GetInt64(0) != 0, result.GetInt64(1)) : (false, 0);
    }
}
