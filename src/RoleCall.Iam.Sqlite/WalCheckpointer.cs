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
/// it under steady load, so once the WAL holds <see cref="RestartFrames"/> frames a RESTART checkpoint waits
/// for the (short) readers and lets the next commit start the WAL over.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // At most this often, so a stream of small commits costs one checkpoint (two fsyncs) per interval.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(200);

    // 16 MiB of 4 KiB pages: rewinding costs writers one short wait, a WAL left growing costs disk and lookups.
    private const long RestartFrames = 4096;

    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim written = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;

    public WalCheckpointer(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            // RESTART waits this long at most for the writer lock and for readers to leave the WAL.
            setup.CommandText = "PRAGMA busy_timeout=1000;";
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
                Run("RESTART");
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
