using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>Users, groups and roles, with their reverse indexes (attachments, boundaries, group members).</summary>
public sealed partial class SqliteIamStore
{
    private readonly VersionedRecordCache<IamUser> users = new();
    private readonly VersionedRecordCache<IamGroup> groups = new();
    private readonly VersionedRecordCache<IamRole> roles = new();
    private readonly ListingCache listings = new();

    public bool TryAddEntity(IamEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return WriteEntities(() => Guard(() => db.Write(s =>
        {
            s.Run("INSERT INTO entities (id, account_id, kind, name, path, data) VALUES ($id, $a, $k, $n, $p, $d);",
                ("$id", entity.Id), ("$a", entity.AccountId), ("$k", (int)entity.Kind), ("$n", entity.Name), ("$p", entity.Path), ("$d", Sql.Serialize(entity)));
            WriteIndexes(s, entity);
            return true;
        }), false));
    }

    public IamEntity? FindEntity(string accountId, EntityKind kind, string name) => db.Read(s =>
        s.One("SELECT kind, id, version, data FROM entities WHERE account_id = $a AND kind = $k AND name = $n;", ReadEntity,
            ("$a", accountId), ("$k", (int)kind), ("$n", name)));

    public IamEntity? FindEntityById(string id) => db.Read(s =>
        s.One("SELECT kind, id, version, data FROM entities WHERE id = $id;", ReadEntity, ("$id", id)));

    public bool SaveEntity(IamEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return WriteEntities(() => Guard(() => db.Write(s =>
        {
            s.Run("UPDATE entities SET name = $n, path = $p, data = $d, version = version + 1 WHERE id = $id;",
                ("$id", entity.Id), ("$n", entity.Name), ("$p", entity.Path), ("$d", Sql.Serialize(entity)));
            WriteIndexes(s, entity);
            return true;
        }), false));
    }

    public void DeleteEntity(string id) => WriteEntities(() => db.Write(s =>
    {
        s.Run("DELETE FROM entities WHERE id = $id;", ("$id", id));
        s.Run("DELETE FROM attachments WHERE entity_id = $id;", ("$id", id));
        s.Run("DELETE FROM boundaries WHERE entity_id = $id;", ("$id", id));
        return s.Run("DELETE FROM group_members WHERE user_id = $id OR group_id = $id;", ("$id", id));
    }));

    /// <summary>A page of users, groups or roles; repeated pages come from <see cref="listings"/> until an entity changes.</summary>
    public Page<IamEntity> ListEntities(string accountId, EntityKind kind, string pathPrefix, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var key = new ListingKey(accountId, kind, pathPrefix, page.After, page.Limit);
        return db.Read(s => listings.GetOrAdd(s, key, () => ToPage(s.Rows(
            """
            SELECT kind, id, version, data FROM entities
            WHERE account_id = $a AND kind = $k AND ($after IS NULL OR name > $after) AND substr(path, 1, length($prefix)) = $prefix
            ORDER BY name LIMIT $limit;
            """,
            ReadEntity, ("$a", accountId), ("$k", (int)kind), ("$after", page.After), ("$prefix", pathPrefix), ("$limit", Limit(page))), page, e => e.Name)));
    }

    public Page<IamUser> ListGroupMembers(string groupId, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = db.Read(s => s.Rows(
            """
            SELECT e.kind, e.id, e.version, e.data FROM group_members g JOIN entities e ON e.id = g.user_id
            WHERE g.group_id = $g AND ($after IS NULL OR e.name > $after)
            ORDER BY e.name LIMIT $limit;
            """,
            r => (IamUser)ReadEntity(r), ("$g", groupId), ("$after", page.After), ("$limit", Limit(page))));
        return ToPage(rows, page, u => u.Name);
    }

    public IReadOnlyList<EntityRef> ListPolicyAttachments(string accountId, string policyArn) => db.Read(s => s.Rows(
        """
        SELECT e.kind, e.name, e.id FROM attachments a JOIN entities e ON e.id = a.entity_id
        WHERE a.policy_arn = $p AND a.account_id = $a ORDER BY e.kind, e.name;
        """,
        r => new EntityRef((EntityKind)r.GetInt32(0), r.GetString(1), r.GetString(2)), ("$p", policyArn), ("$a", accountId)));

    public int CountPolicyAttachments(string accountId, string policyArn) => db.Read(s =>
        (int)s.Scalar("SELECT count(*) FROM attachments WHERE policy_arn = $p AND account_id = $a;", ("$p", policyArn), ("$a", accountId)));

    public int CountBoundaryUsage(string accountId, string policyArn) => db.Read(s =>
        (int)s.Scalar("SELECT count(*) FROM boundaries WHERE policy_arn = $p AND account_id = $a;", ("$p", policyArn), ("$a", accountId)));

    /// <summary>Maps a `kind, id, version, data` row; the JSON in `data` is read only on a cache miss.</summary>
    private IamEntity ReadEntity(SqliteDataReader reader) => (EntityKind)reader.GetInt32(0) switch
    {
        EntityKind.User => users.Get(reader, 1),
        EntityKind.Group => groups.Get(reader, 1),
        _ => roles.Get(reader, 1),
    };

    /// <summary>Rewrites the reverse-index rows of one entity from its record (same transaction as the record).</summary>
    private static void WriteIndexes(DbSession s, IamEntity entity)
    {
        s.Run("DELETE FROM attachments WHERE entity_id = $id;", ("$id", entity.Id));
        foreach (var arn in entity.AttachedPolicyArns)
        {
            s.Run("INSERT OR IGNORE INTO attachments (policy_arn, entity_id, account_id) VALUES ($p, $id, $a);",
                ("$p", arn), ("$id", entity.Id), ("$a", entity.AccountId));
        }

        var boundary = entity switch
        {
            IamUser u => u.PermissionsBoundaryArn,
            IamRole r => r.PermissionsBoundaryArn,
            _ => null,
        };
        s.Run("DELETE FROM boundaries WHERE entity_id = $id;", ("$id", entity.Id));
        if (boundary is not null)
        {
            s.Run("INSERT INTO boundaries (policy_arn, entity_id, account_id) VALUES ($p, $id, $a);",
                ("$p", boundary), ("$id", entity.Id), ("$a", entity.AccountId));
        }

        if (entity is IamUser user)
        {
            s.Run("DELETE FROM group_members WHERE user_id = $id;", ("$id", user.Id));
            foreach (var groupId in user.GroupIds)
            {
                s.Run("INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES ($g, $id);", ("$g", groupId), ("$id", user.Id));
            }
        }
    }

    /// <summary>
    /// Runs an entity write; listings cached before it are dropped once it has committed (or failed). Every
    /// statement that changes the entities table must run inside one, or ListRoles/ListUsers/ListGroups go stale.
    /// </summary>
    private T WriteEntities<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        finally
        {
            listings.Invalidate();
        }
    }

    /// <summary>One row more than the page size tells whether the listing is truncated.</summary>
    private static long Limit(PageRequest page) => page.Limit == int.MaxValue ? -1 : page.Limit + 1L;

    private static Page<T> ToPage<T>(List<T> rows, PageRequest page, Func<T, string> key)
    {
        if (page.Limit == int.MaxValue || rows.Count <= page.Limit)
        {
            return new Page<T>(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, key(rows[^1]));
    }
}
