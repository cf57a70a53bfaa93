using Npgsql;
using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres;

/// <summary>
/// One replica's way into the shared database, opened once and migrated (once across replicas), which every
/// PostgreSQL store of the replica uses: one pool for ordinary writes and reads, one with asynchronous commit
/// for STS session inserts (<see cref="PostgresIamStore"/>). Sharing the pools keeps a replica's connections
/// within `2 x maxPoolSize` however many stores it opens. Each store takes a lease and gives it back at its
/// Dispose; the pools close when the last holder (the opener included) has disposed.
/// </summary>
public sealed class PostgresBackend : IDisposable
{
    private int leases = 1;

    private PostgresBackend(PostgresDatabase db, PostgresDatabase sessionDb, NpgsqlDataSource listenSource)
    {
        Db = db;
        SessionDb = sessionDb;
        ListenSource = listenSource;
    }

    /// <summary>Where the data lives, as the start banner shows it (no password).</summary>
    public string Location => Db.Location;

    internal PostgresDatabase Db { get; }

    internal PostgresDatabase SessionDb { get; }

    /// <summary>Unpooled connections for LISTEN (<see cref="ChangeListener"/>), so no pooled connection is ever left listening.</summary>
    internal NpgsqlDataSource ListenSource { get; }

    /// <summary>Connects and migrates. <paramref name="password"/> is PGPASSWORD (null: ~/.pgpass).</summary>
    public static PostgresBackend Open(PostgresStoreUrl url, string? password, int maxPoolSize = 50)
    {
        ArgumentNullException.ThrowIfNull(url);
        var db = new PostgresDatabase(url.CreateDataSource(password, maxPoolSize), url.Display);
        var sessionDb = new PostgresDatabase(url.CreateDataSource(password, maxPoolSize, asynchronousCommit: true), url.Display);
        var listenSource = url.CreateDataSource(password, maxPoolSize, pooling: false);
        try
        {
            PostgresMigrator.Migrate(db);
            return new PostgresBackend(db, sessionDb, listenSource);
        }
        catch (NpgsqlException e)
        {
            listenSource.Dispose();
            sessionDb.Dispose();
            db.Dispose();
            throw CannotUse(url.Display, e);
        }
        catch
        {
            listenSource.Dispose();
            sessionDb.Dispose();
            db.Dispose();
            throw;
        }
    }

    /// <summary>The one-line error of a database the replica cannot reach or use, with the usual causes as the hint.</summary>
    internal static ConfigurationException CannotUse(string location, NpgsqlException e) =>
        new($"serve: cannot use the PostgreSQL store {location}: {e.Message}",
            "check that the server runs and accepts this user, and that the password is in PGPASSWORD or ~/.pgpass", e);

    /// <summary>A store's hold on the pools, given back by <see cref="Dispose"/>.</summary>
    internal PostgresBackend Lease()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref leases) <= 0, this);
        Interlocked.Increment(ref leases);
        return this;
    }

    public void Dispose()
    {
        if (Interlocked.Decrement(ref leases) == 0)
        {
            ListenSource.Dispose();
            SessionDb.Dispose();
            Db.Dispose();
        }
    }
}
