using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// One open connection with its prepared commands, reused across operations: the per-request lookups then
/// cost a bind and a step, not an open, a pragma and a prepare. Not thread-safe: <see cref="SqliteDatabase"/>
/// hands a session to one operation at a time.
/// </summary>
internal sealed class DbSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public DbSession(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The write transaction in progress, or null for reads.</summary>
    public SqliteTransaction? Transaction { get; set; }

    public int Run(string sql, params (string Name, object? Value)[] args)
    {
        var command = Command(sql, args);
        return command.ExecuteNonQuery();
    }

    public long Scalar(string sql, params (string Name, object? Value)[] args) =>
        Convert.ToInt64(Command(sql, args).ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    public List<T> Rows<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var reader = Command(sql, args).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public T? One<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
        where T : class
    {
        using var reader = Command(sql, args).ExecuteReader();
        return reader.Read() ? map(reader) : null;
    }

    /// <summary>Runs a script of several statements once (migrations, pragmas), without caching it.</summary>
    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        // The statement stays prepared while the text is unchanged; only the bindings change per call.
        command.Transaction = Transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
