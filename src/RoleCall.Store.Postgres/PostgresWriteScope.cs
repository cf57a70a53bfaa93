using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The cross-replica write serialization of IamService's check-then-act sequences (CreateUser's "exists?"
/// then insert, the quota counts before CreateAccessKey, DeleteRole's conflict checks): a session advisory
/// lock on one dedicated pooled connection, held from <see cref="Enter"/> to <see cref="Dispose"/>. Every
/// replica's mutating action takes the same lock, so they run one at a time across the fleet as they do
/// inside one process. The statements of the action itself run on other connections and commit on their
/// own, before the lock is released. A replica that dies while holding it closes its connection, and the
/// server releases the lock with it.
/// </summary>
internal sealed class PostgresWriteScope : IDisposable
{
    /// <summary>The advisory lock key of IAM writes ('RCiamwrt' as 64 bits).</summary>
    public const long LockKey = 0x524369616D777274;

    private readonly NpgsqlConnection connection;

    private PostgresWriteScope(NpgsqlConnection connection) => this.connection = connection;

    public static PostgresWriteScope Enter(PostgresDatabase db)
    {
        var connection = db.Source.OpenConnection();
        try
        {
            new PgSession(connection, null).Run("SELECT pg_advisory_lock(@k);", ("k", LockKey));
            return new PostgresWriteScope(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            new PgSession(connection, null).Run("SELECT pg_advisory_unlock(@k);", ("k", LockKey));
        }
        catch (NpgsqlException)
        {
            // The connection broke: the server released the lock with the session. Dispose drops it from the pool.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
