using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Connections and transactions. File mode: WAL journal, a pooled connection per operation (readers never
/// wait for the writer), writes serialized in-process by one lock and run as `BEGIN IMMEDIATE` transactions,
/// synchronous=NORMAL. In WAL mode NORMAL makes every committed transaction durable against a process crash
/// (`kill -9`): the commit is in the WAL file (OS page cache) before Commit returns; only an OS crash or power
/// loss could drop the newest commits, which FULL would prevent at an fsync per write.
/// Memory mode: one private in-memory connection, all access under the lock.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string connectionString;
    private readonly SqliteConnection? memory;
    private readonly Lock gate = new();

    private SqliteDatabase(string connectionString, SqliteConnection? memory)
    {
        this.connectionString = connectionString;
        this.memory = memory;
    }

    public static SqliteDatabase OpenFile(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        var database = new SqliteDatabase(builder.ToString(), null);
        using (var connection = database.OpenPooled())
        {
            // journal_mode is persistent in the file; the per-connection pragmas are set in OpenPooled.
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    public static SqliteDatabase OpenMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=OFF;");
        return new SqliteDatabase(connection.ConnectionString, connection);
    }

    public T Read<T>(Func<SqliteConnection, T> work)
    {
        if (memory is not null)
        {
            lock (gate)
            {
                return work(memory);
            }
        }

        using var connection = OpenPooled();
        return work(connection);
    }

    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (gate)
        {
            if (memory is not null)
            {
                return InTransaction(memory, work);
            }

            using var connection = OpenPooled();
            return InTransaction(connection, work);
        }
    }

    public void Dispose() => memory?.Dispose();

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static T InTransaction<T>(SqliteConnection connection, Func<SqliteConnection, SqliteTransaction, T> work)
    {
        // deferred: false = BEGIN IMMEDIATE: take the write lock up front instead of upgrading mid-transaction.
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    private SqliteConnection OpenPooled()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return connection;
    }
}
