using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.Store.Postgres;

/// <summary>
/// <see cref="IIdentityCenterStore"/> over PostgreSQL, shared by every replica: one row per item, as in the
/// SQLite store. Every method is one statement (atomic); unique IDs and unique names per kind and scope are
/// the database's constraints, so two replicas adding the same name at once get one true and one false.
/// Check-then-act sequences (last assignment, one-time codes, the instance's creation) run inside
/// <see cref="EnterWriteScope"/>, an advisory lock of Identity Center's own. Nothing is cached, so there is
/// nothing to invalidate: every read goes to the database.
/// </summary>
public sealed class PostgresIdentityCenterStore : IIdentityCenterStore, IDisposable
{
    /// <summary>The advisory lock key of Identity Center writes ('RCicwrit' as 64 bits).</summary>
    public const long WriteLockKey = 0x5243696377726974;

    private readonly PostgresBackend backend;
    private readonly PostgresDatabase db;
    private readonly Lock writes = new();

    public PostgresIdentityCenterStore(PostgresBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        this.backend = backend.Lease();
        db = backend.Db;
    }

    public IDisposable EnterWriteScope() => PostgresWriteScope.Enter(db, WriteLockKey, writes, changes: null);

    public bool TryAdd<T>(T item)
        where T : IcItem
    {
        ArgumentNullException.ThrowIfNull(item);
        return db.Read(s => s.Run("INSERT INTO ic_items (kind, id, scope, name_key, data) VALUES (@k, @id, @s, @n, @d) ON CONFLICT DO NOTHING;",
            ("k", typeof(T).Name), ("id", item.Id), ("s", item.Scope), ("n", Key(item.UniqueName)), ("d", StoredItemJson.Serialize(item))) == 1);
    }

    public T? Find<T>(string id)
        where T : IcItem =>
        db.Read(s => s.One("SELECT data FROM ic_items WHERE kind = @k AND id = @id;", r => Deserialize<T>(r.GetString(0)), ("k", typeof(T).Name), ("id", id)));

    public T? FindByName<T>(string scope, string uniqueName)
        where T : IcItem =>
        db.Read(s => s.One("SELECT data FROM ic_items WHERE kind = @k AND scope = @s AND name_key = @n;",
            r => Deserialize<T>(r.GetString(0)), ("k", typeof(T).Name), ("s", scope), ("n", Key(uniqueName))));

    public IReadOnlyList<T> List<T>(string scope)
        where T : IcItem =>
        db.Read(s => s.Rows("SELECT data FROM ic_items WHERE kind = @k AND scope = @s ORDER BY id;",
            r => Deserialize<T>(r.GetString(0)), ("k", typeof(T).Name), ("s", scope)));

    public bool Save<T>(T item)
        where T : IcItem
    {
        ArgumentNullException.ThrowIfNull(item);
        return PostgresErrors.Guard(() => db.Read(s => s.Run("UPDATE ic_items SET scope = @s, name_key = @n, data = @d WHERE kind = @k AND id = @id;",
            ("k", typeof(T).Name), ("id", item.Id), ("s", item.Scope), ("n", Key(item.UniqueName)), ("d", StoredItemJson.Serialize(item))) == 1), false);
    }

    public bool Remove<T>(string id)
        where T : IcItem =>
        db.Read(s => s.Run("DELETE FROM ic_items WHERE kind = @k AND id = @id;", ("k", typeof(T).Name), ("id", id)) == 1);

    public void Dispose() => backend.Dispose();

    private static string? Key(string? uniqueName) => uniqueName is null ? null : NameKeys.Of(uniqueName);

    private static T Deserialize<T>(string json)
        where T : IcItem => StoredItemJson.Deserialize<T>(json, "the ic_items table");
}
