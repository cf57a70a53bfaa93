using Npgsql;
using RoleCall.Core.Concurrency;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The cross-replica write serialization of a service's check-then-act sequences (IAM's "exists?" then
/// insert, quota counts, DeleteRole's conflict checks; EC2's ID checks; Identity Center's uniqueness and
/// one-time-code checks): first the store's in-process lock, so one replica queues its own writers in memory
/// rather than on pooled connections, then a session advisory lock on one dedicated pooled connection, held
/// until <see cref="Dispose"/>. Every replica's mutating action takes the same key, so they run one at a time
/// across the fleet as they do inside one process. The statements of the action itself run on other
/// connections and commit on their own, before the lock is released. A replica that dies while holding it
/// closes its connection, and the server releases the lock with it. Once the lock is held, the store's cache
/// generation is bumped: the previous holder (on another replica) committed before releasing, but its NOTIFY
/// may not have reached this replica yet, so a check inside the scope must read the database, never an entry
/// cached before. Re-entrant: a thread already inside the
/// scope (Identity Center's instance lookup inside a mutating call) enters the local lock again only, since a
/// second advisory lock on another connection would wait for itself.
/// </summary>
internal sealed class PostgresWriteScope : IDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;
    private readonly LockScope? local;

    private PostgresWriteScope(NpgsqlConnection connection, long key, LockScope? local)
    {
        this.connection = connection;
        this.key = key;
        this.local = local;
    }

    /// <param name="db">The database whose advisory lock is taken.</param>
    /// <param name="key">The lock's key, one per store (IAM, EC2, Identity Center).</param>
    /// <param name="localLock">The store's in-process lock, or null when the caller already holds one of its own (IamService's WriteGate).</param>
    /// <param name="changes">The store's cache generation, or null for a store without a cache.</param>
    public static IDisposable Enter(PostgresDatabase db, long key, Lock? localLock, ChangeListener? changes)
    {
        if (localLock is not null && localLock.IsHeldByCurrentThread)
        {
            return LockScope.Enter(localLock);
        }

        var local = localLock is null ? null : LockScope.Enter(localLock);
        NpgsqlConnection? connection = null;
        try
        {
            connection = db.Source.OpenConnection();
            new PgSession(connection, null).Run("SELECT pg_advisory_lock(@k);", ("k", key));
            changes?.Bump();
            return new PostgresWriteScope(connection, key, local);
        }
        catch
        {
            connection?.Dispose();
            local?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            new PgSession(connection, null).Run("SELECT pg_advisory_unlock(@k);", ("k", key));
        }
        catch (NpgsqlException e)
        {
            // A broken connection: the server released the lock with the session, and Dispose drops it from the
            // pool. Otherwise the lock may still be held by a session the pool would hand out again unreset
            // (PostgresStoreUrl.CreateDataSource): clearing the pool closes it instead.
            if (e is PostgresException)
            {
                NpgsqlConnection.ClearPool(connection);
            }
        }
        finally
        {
            connection.Dispose();
            local?.Dispose();
        }
    }
}
