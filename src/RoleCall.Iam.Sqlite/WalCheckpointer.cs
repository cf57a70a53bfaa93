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
/// it under steady load, so once the WAL holds <see cref="RestartFrames"/> frames a RESTART checkpoint
/// lets the next commit start the WAL over. RESTART holds SQLite's writer lock through its two fsyncs
/// (5-25 ms each on the CI VM); a writer that met that lock slept in SQLite's busy handler (1, 2, 5, 10,
/// 15 ms steps), so a 6 ms RESTART cost it 8 ms and a 10 ms one 18 ms. It therefore runs holding the
/// database's own write gate (writers queue on an in-process lock and resume the moment it is done), right
/// after a PASSIVE that already copied and synced all but the newest frames, rarely (every 64 MiB of WAL),
/// and without waiting for readers: one still in the WAL makes it give up until the next round.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // At most this often, so a stream of small commits costs one checkpoint (two fsyncs) per interval.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(200);

    // 64 MiB of 4 KiB pages (the journal_size_limit the file is cut back to): a rewind costs the writers one
    // wait of about two fsyncs, so it is rare; a WAL left growing costs disk and lookups.
    private const long RestartFrames = 16384;

    private readonly SqliteConnection connection;
    private readonly Lock writeGate;
    private readonly SemaphoreSlim written = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;

    public WalCheckpointer(string connectionString, Lock writeGate)
    {
        this.writeGate = writeGate;
        connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            // Never sleep in SQLite's busy handler: RESTART runs under the write gate (no writer to wait for)
            // and gives up on a reader still in the WAL rather than hold the writers back.
            setup.CommandText = "PRAGMA busy_timeout=0;";
            setup.ExecuteNonQuery();
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
            if (Run("PASSIVE") >= RestartFrames)
            {
                lock (writeGate)
                {
                    Run("RESTART");
                }
            }
        }
        catch (SqliteException)
        {
            // Busy or an I/O hiccup: the WAL stays valid and the next write asks again.
        }
    }

    /// <summary>Runs one checkpoint; returns the number of frames in the WAL (its second result column).</summary>
    private long Run(string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var result = command.ExecuteReader();
        return result.Read() ? result.GetInt64(1) : 0;
    }
}
