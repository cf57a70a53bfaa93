using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// A pooled Npgsql data source with read and write helpers. Every write runs in its own transaction at
/// READ COMMITTED: single-statement guards (unique indexes, `UPDATE ... WHERE last_step &lt; @step`) are atomic
/// there, and multi-statement changes (an entity and its reverse indexes) commit together. Sequences that
/// read before they write across calls are serialized by <see cref="PostgresWriteScope"/>.
/// </summary>
internal sealed class PostgresDatabase(NpgsqlDataSource source, string location) : IDisposable
{
    public NpgsqlDataSource Source => source;

    /// <summary>Where the data lives, without any password: `host:port/database`.</summary>
    public string Location => location;

    public T Read<T>(Func<PgSession, T> work)
    {
        using var connection = source.OpenConnection();
        return work(new PgSession(connection, null));
    }

    public T Write<T>(Func<PgSession, T> work)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var result = work(new PgSession(connection, transaction));
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// One statement in autocommit mode: atomic and durable when it returns like <see cref="Write{T}"/>, in one
    /// round trip instead of two (no COMMIT message): the path of AssumeRole's session insert.
    /// </summary>
    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Read(s => s.Run(sql, parameters));

    public void Dispose() => source.Dispose();
}
