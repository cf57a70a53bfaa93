using Npgsql;
using NpgsqlTypes;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The group insert's statement (<see cref="SessionGroupInsert"/>) on a connection the writer keeps: one shape
/// whatever the batch size (`unnest` of three arrays), prepared once, with positional parameters, so a batch
/// costs a Bind and an Execute and nothing is parsed, looked up or allocated per batch but the arrays. The
/// statement runs in autocommit: it has committed when <see cref="Run"/> returns. The connection comes from
/// the session pool (asynchronous commit, <see cref="PostgresBackend"/>) and goes back to it at
/// <see cref="Dispose"/>; a connection that broke is replaced by the writer.
/// </summary>
internal sealed class SessionInsertStatement : IDisposable
{
    private const string Sql =
        "INSERT INTO iam_sessions (access_key_id, expiration, data) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[]);";

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlCommand command;
    private readonly NpgsqlParameter<string[]> ids = new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
    private readonly NpgsqlParameter<long[]> expirations = new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint };
    private readonly NpgsqlParameter<string[]> data = new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private SessionInsertStatement(NpgsqlConnection connection)
    {
        this.connection = connection;
        command = new NpgsqlCommand(Sql, connection) { Parameters = { ids, expirations, data } };
    }

    /// <summary>False once the connection broke: the statement must be replaced.</summary>
    public bool Usable => connection.FullState == System.Data.ConnectionState.Open;

    public static SessionInsertStatement Open(NpgsqlDataSource source)
    {
        var connection = source.OpenConnection();
        try
        {
            var statement = new SessionInsertStatement(connection);
            statement.command.Prepare();
            return statement;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Inserts the rows (same length arrays) in one statement; returns once it committed.</summary>
    public void Run(string[] accessKeyIds, long[] expirationSeconds, string[] sealedJson)
    {
        ids.TypedValue = accessKeyIds;
        expirations.TypedValue = expirationSeconds;
        data.TypedValue = sealedJson;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        command.Dispose();
        connection.Dispose();
    }
}
