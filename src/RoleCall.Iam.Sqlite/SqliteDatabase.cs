using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Connections and transactions. File mode: WAL journal, a pool of open sessions (one per concurrent
/// operation; readers never wait for the writer), writes serialized in-process by one lock on one connection and run as
/// `BEGIN IMMEDIATE` transactions, synchronous=NORMAL. In WAL mode NORMAL makes every committed transaction
/// durable against a process crash (`kill -9`): the commit is in the WAL file (OS page cache) before Commit
/// returns; only an OS crash or power loss could drop the newest commits, which FULL would prevent at the
/// price of an fsync per write. Checkpoints run off the write path (<see cref="WalCheckpointer"/>). Memory mode: one private in-memory connection, all access under the lock.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    // Idle sessions kept for reuse; more concurrent operations than this open (and then close) extra ones.
    private const int MaxIdleSessions = 32;

    private readonly string connectionString;
    private readonly DbSession? memory;
    private readonly ConcurrentBag<DbSession> idle = [];
    private readonly Lock writeGate = new();
    private WalCheckpointer? checkpointer;

    // All writes use this one connection (they are serialized anyway): no other connection commits, so its
    // page cache survives from one write to the next instead of being emptied and re-read each time.
    private DbSession? writer;

    private SqliteDatabase(string connectionString, DbSession? memory)
    {
        this.connectionString = connectionString;
        this.memory = memory;
    }

    /// <param name="path">The database file, created when missing.</param>
    /// <param name="pageSize">The page size of a file this call creates (an existing file keeps its own).</param>
    /// <param name="divertWrites">Where a WAL rewind may send the writes first (see <see cref="WalCheckpointer"/>).</param>
    /// <param name="restartBytes">The WAL size that makes a rewind due.</param>
    public static SqliteDatabase OpenFile(string path, int? pageSize = null, Func<IDisposable?>? divertWrites = null, long restartBytes = WalCheckpointer.RestartBytes)
    {
        // ADO.NET pooling off: this class pools whole sessions, prepared commands included.
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var database = new SqliteDatabase(builder.ToString(), null);
        var session = database.Rent();
        if (pageSize is { } size)
        {
            // Only takes effect before the first table exists; after that SQLite ignores it.
            session.Execute(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA page_size={size};"));
        }

        session.Execute("PRAGMA journal_mode=WAL;");
        database.Return(session);
        database.checkpointer = new WalCheckpointer(database.connectionString, database.writeGate, divertWrites, restartBytes);
        return database;
    }

    public static SqliteDatabase OpenMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return new SqliteDatabase(connection.ConnectionString, new DbSession(connection));
    }

    public T Read<T>(Func<DbSession, T> work)
    {
        if (memory is not null)
        {
            lock (writeGate)
            {
                return work(memory);
            }
        }

        var session = Rent();
        try
        {
            return work(session);
        }
        finally
        {
            Return(session);
        }
    }

    public T Write<T>(Func<DbSession, T> work)
    {
        lock (writeGate)
        {
            if (memory is not null)
            {
                return InTransaction(memory, work);
            }

            writer ??= OpenWriter();
            try
            {
                return InTransaction(writer, work);
            }
            finally
            {
                checkpointer?.Written();
            }
        }
    }

    public void Dispose()
    {
        checkpointer?.Dispose();
        memory?.Dispose();
        writer?.Dispose();
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private static T InTransaction<T>(DbSession session, Func<DbSession, T> work)
    {
        // deferred: false = BEGIN IMMEDIATE: take the write lock up front instead of upgrading mid-transaction.
        using var transaction = session.Connection.BeginTransaction(deferred: false);
        session.Transaction = transaction;
        try
        {
            var result = work(session);
            transaction.Commit();
            return result;
        }
        finally
        {
            session.Transaction = null;
        }
    }

    private DbSession OpenWriter()
    {
        var session = Rent();

        // 8 MiB of cache (default 2): index pages an insert lands on at random stay in memory into the 100,000s of rows.
        session.Execute("PRAGMA cache_size=-8192;");
        return session;
    }

    private DbSession Rent()
    {
        if (idle.TryTake(out var session))
        {
            return session;
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        var fresh = new DbSession(connection);
        // Checkpoints run on WalCheckpointer's thread, never inside a commit; a rewound WAL shrinks back to 64 MiB.
        fresh.Execute("PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;");
        return fresh;
    }

    private void Return(DbSession session)
    {
        if (idle.Count < MaxIdleSessions)
        {
            idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }
}
