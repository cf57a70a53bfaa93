using Microsoft.Data.Sqlite;
using RoleCall.Core.Concurrency;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.Iam.Sqlite.IdentityCenter;

/// <summary>
/// Identity Center's items in their own file, `DIR/identitycenter.db` (or a private in-memory database): one
/// row per item, its kind, ID, scope and unique name as columns (the unique index enforces the name rule
/// of <see cref="IIdentityCenterStore"/>), the record itself as JSON. Reads are cached (<see cref="reads"/>)
/// until the next write: GetRoleCredentials reads the token, the user, the instance, the user's group
/// memberships, the instance's assignments and their permission sets on every call, and deserializing
/// those rows was a third of its cost. Records are immutable, so a cached one is shared as is.
/// </summary>
public sealed class SqliteIdentityCenterStore : IIdentityCenterStore, IDisposable
{
    public const string FileName = "identitycenter.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS ic_items (
            kind  TEXT NOT NULL,
            id    TEXT NOT NULL,
            scope TEXT NOT NULL,
            name  TEXT,
            data  TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ic_items_by_name ON ic_items (kind, scope, name COLLATE NOCASE) WHERE name IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ic_items_by_scope ON ic_items (kind, scope, id);
        """;

    private readonly SqliteDatabase database;
    private readonly Lock writes = new();

    /// <summary>
    /// Find, FindByName and List results by (kind, query, key). Invalidated by every write through this store
    /// (<see cref="Write{TResult}"/>, after its commit or failure); this process is the only writer of
    /// identitycenter.db (serve owns its data directory, as with rolecall.db). Bounded: keys come from
    /// requests (bearer-token hashes).
    /// </summary>
    private readonly WriteVersionedCache<(string Kind, string Query, string Key, string? Name), object?> reads = new(capacity: 4096);

    private SqliteIdentityCenterStore(SqliteDatabase database)
    {
        this.database = database;
        database.Write(s =>
        {
            s.Execute(Schema);
            return 0;
        });
    }

    /// <summary>Opens (creating) `DIR/identitycenter.db`, the directory 0700 and the file 0600 (<see cref="DataDirectory"/>).</summary>
    public static SqliteIdentityCenterStore Open(string directory)
    {
        DataDirectory.Prepare(directory, FileName);
        return new(SqliteDatabase.OpenFile(Path.Combine(directory, FileName)));
    }

    public static SqliteIdentityCenterStore InMemory() => new(SqliteDatabase.OpenMemory());

    /// <summary>Only this process opens identitycenter.db, so its own lock is the whole exclusion.</summary>
    public IDisposable EnterWriteScope() => LockScope.Enter(writes);

    public bool TryAdd<T>(T item)
        where T : IcItem
    {
        ArgumentNullException.ThrowIfNull(item);
        return Write(s =>
        {
            try
            {
                s.Run("INSERT INTO ic_items (kind, id, scope, name, data) VALUES ($k, $id, $s, $n, $d);",
                    ("$k", typeof(T).Name), ("$id", item.Id), ("$s", item.Scope), ("$n", item.UniqueName), ("$d", StoredItemJson.Serialize(item)));
                return true;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                return false; // SQLITE_CONSTRAINT: the ID or the unique name is taken
            }
        });
    }

    public T? Find<T>(string id)
        where T : IcItem =>
        (T?)reads.GetOrLoad((typeof(T).Name, "id", id, null), () =>
            database.Read(s => s.One("SELECT data FROM ic_items WHERE kind = $k AND id = $id;", r => Deserialize<T>(r.GetString(0)), ("$k", typeof(T).Name), ("$id", id))));

    public T? FindByName<T>(string scope, string uniqueName)
        where T : IcItem =>
        (T?)reads.GetOrLoad((typeof(T).Name, "name", scope, uniqueName), () =>
            database.Read(s => s.One("SELECT data FROM ic_items WHERE kind = $k AND scope = $s AND name = $n COLLATE NOCASE;",
                r => Deserialize<T>(r.GetString(0)), ("$k", typeof(T).Name), ("$s", scope), ("$n", uniqueName))));

    public IReadOnlyList<T> List<T>(string scope)
        where T : IcItem =>
        (IReadOnlyList<T>)reads.GetOrLoad((typeof(T).Name, "list", scope, null), () =>
            database.Read(s => s.Rows("SELECT data FROM ic_items WHERE kind = $k AND scope = $s ORDER BY id;",
                r => Deserialize<T>(r.GetString(0)), ("$k", typeof(T).Name), ("$s", scope))).AsReadOnly())!;

    public bool Save<T>(T item)
        where T : IcItem
    {
        ArgumentNullException.ThrowIfNull(item);
        return Write(s =>
        {
            try
            {
                return s.Run("UPDATE ic_items SET scope = $s, name = $n, data = $d WHERE kind = $k AND id = $id;",
                    ("$k", typeof(T).Name), ("$id", item.Id), ("$s", item.Scope), ("$n", item.UniqueName), ("$d", StoredItemJson.Serialize(item))) == 1;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                return false;
            }
        });
    }

    public bool Remove<T>(string id)
        where T : IcItem =>
        Write(s => s.Run("DELETE FROM ic_items WHERE kind = $k AND id = $id;", ("$k", typeof(T).Name), ("$id", id)) == 1);

    public void Dispose() => database.Dispose();

    /// <summary>Every write goes through here: the read cache is invalidated once it committed (or failed).</summary>
    private TResult Write<TResult>(Func<DbSession, TResult> work)
    {
        try
        {
            return database.Write(work);
        }
        finally
        {
            reads.Invalidate();
        }
    }

    private static T Deserialize<T>(string json)
        where T : IcItem => StoredItemJson.Deserialize<T>(json, FileName);
}
