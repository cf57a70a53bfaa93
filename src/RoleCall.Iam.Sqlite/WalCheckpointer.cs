using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Checkpoints the WAL on a background thread instead of inside a commit. SQLite's automatic checkpoint
/// runs in whichever commit crosses 1,000 WAL pages, with two fsyncs, while <see cref="SqliteDatabase"/>
/// holds its write lock: every other writer (a burst of AssumeRole session inserts) waited for the disk.
/// Connections are opened with `wal_autocheckpoint=0`; after writes this thread runs
/// `wal_checkpoint(PASSIVE)` on its own connection, which blocks neither readers nor writers. Durability is
/// unchanged: a commit is durable once it is in the WAL; checkpointing only copies it into the main file.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // At most this often, so a stream of small commits costs one checkpoint (two fsyncs) per interval.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(200);

    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim written = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;

    public WalCheckpointer(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        thread = new Thread(Run) { IsBackground = true, Name = "rolecall-wal-checkpoint" };
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

    private void Run()
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
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Busy or an I/O hiccup: the WAL stays valid and the next write asks again.
        }
    }
}
