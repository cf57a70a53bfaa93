using Npgsql;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>Users, groups and roles, with their reverse indexes (attachments, boundaries, group members).</summary>
public sealed partial class PostgresIamStore
{
    private const string EntityColumns = "kind, data";

    public bool TryAddEntity(IamEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return PostgresErrors.Guard(() => Change(s =>
        {
            s.Run("INSERT INTO iam_entities (id, account_id, kind, name, name_key, path, data) VALUES (@id, @a, @k, @n, @nk, @p, @d);",
                ("id", entity.Id), ("a", entity.AccountId), ("k", (int)entity.Kind), ("n", entity.Name), ("nk", NameKey(entity.Name)), ("p", entity.Path), ("d", StoredRecordJson.Serialize(entity)));
            WriteIndexes(s, entity);
            return true;
        }), false);
    }

    public IamEntity? FindEntity(string accountId, EntityKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey(name);
        return cache.Get($"e\n{accountId}\n{(int)kind}\n{key}", () => db.Read(s => s.One($"SELECT {EntityColumns} FROM iam_entities WHERE account_id = @a AND kind = @k AND name_key = @nk;", ReadEntity,
            ("a", accountId), ("k", (int)kind), ("nk", key))));
    }

    public IamEntity? FindEntityById(string id) => cache.Get("i\n" + id, () => db.Read(s =>
        s.One($"SELECT {EntityColumns} FROM iam_entities WHERE id = @id;", ReadEntity, ("id", id))));

    public bool SaveEntity(IamEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return PostgresErrors.Guard(() => Change(s =>
        {
            s.Run("UPDATE iam_entities SET name = @n, name_key = @nk, path = @p, data = @d, version = version + 1 WHERE id = @id;",
                ("id", entity.Id), ("n", entity.Name), ("nk", NameKey(entity.Name)), ("p", entity.Path), ("d", StoredRecordJson.Serialize(entity)));
            WriteIndexes(s, entity);
            return true;
        }), false);
    }

    public void DeleteEntity(string id) => Change(s =>
    {
        s.Run("DELETE FROM iam_entities WHERE id = @id;", ("id", id));
        s.Run("DELETE FROM iam_attachments WHERE entity_id = @id;", ("id", id));
        s.Run("DELETE FROM iam_boundaries WHERE entity_id = @id;", ("id", id));
        return s.Run("DELETE FROM iam_group_members WHERE user_id = @id OR group_id = @id;", ("id", id));
    });

    public Page<IamEntity> ListEntities(string accountId, EntityKind kind, string pathPrefix, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return cache.Get($"l\n{accountId}\n{(int)kind}\n{pathPrefix}\n{page.After}\n{page.Limit}", () => ToPage(db.Read(s => s.Rows(
            $"""
            SELECT {EntityColumns} FROM iam_entities
            WHERE account_id = @a AND kind = @k AND (@after::text IS NULL OR name_key > @after::text) AND starts_with(path, @prefix)
            ORDER BY name_key LIMIT @limit::bigint;
            """,
            ReadEntity, ("a", accountId), ("k", (int)kind), ("after", AfterKey(page)), ("prefix", pathPrefix), ("limit", Limit(page)))), page, e => e.Name));
    }

    public Page<IamUser> ListGroupMembers(string groupId, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = db.Read(s => s.Rows(
            """
            SELECT e.kind, e.data FROM iam_group_members g JOIN iam_entities e ON e.id = g.user_id
            WHERE g.group_id = @g AND (@after::text IS NULL OR e.name_key > @after::text)
            ORDER BY e.name_key LIMIT @limit::bigint;
            """,
            r => (IamUser)ReadEntity(r), ("g", groupId), ("after", AfterKey(page)), ("limit", Limit(page))));
        return ToPage(rows, page, u => u.Name);
    }

    public IReadOnlyList<EntityRef> ListPolicyAttachments(string accountId, string policyArn) => db.Read(s => s.Rows(
        """
        SELECT e.kind, e.name, e.id FROM iam_attachments a JOIN iam_entities e ON e.id = a.entity_id
        WHERE a.policy_arn = @p AND a.account_id = @a ORDER BY e.kind, e.name_key;
        """,
        r => new EntityRef((EntityKind)r.GetInt32(0), r.GetString(1), r.GetString(2)), ("p", policyArn), ("a", accountId)));

    public int CountPolicyAttachments(string accountId, string policyArn) => db.Read(s =>
        (int)s.Scalar("SELECT count(*) FROM iam_attachments WHERE policy_arn = @p AND account_id = @a;", ("p", policyArn), ("a", accountId)));

    public int CountBoundaryUsage(string accountId, string policyArn) => db.Read(s =>
        (int)s.Scalar("SELECT count(*) FROM iam_boundaries WHERE policy_arn = @p AND account_id = @a;", ("p", policyArn), ("a", accountId)));

    private static IamEntity ReadEntity(NpgsqlDataReader reader) => (EntityKind)reader.GetInt32(0) switch
    {
        EntityKind.User => StoredRecordJson.Deserialize<IamUser>(reader.GetString(1)),
        EntityKind.Group => StoredRecordJson.Deserialize<IamGroup>(reader.GetString(1)),
        _ => StoredRecordJson.Deserialize<IamRole>(reader.GetString(1)),
    };

    /// <summary>Rewrites the reverse-index rows of one entity from its record (same transaction as the record).</summary>
    private static void WriteIndexes(PgSession s, IamEntity entity)
    {
        s.Run("DELETE FROM iam_attachments WHERE entity_id = @id;", ("id", entity.Id));
        foreach (var arn in entity.AttachedPolicyArns)
        {
            s.Run("INSERT INTO iam_attachments (policy_arn, entity_id, account_id) VALUES (@p, @id, @a) ON CONFLICT DO NOTHING;",
                ("p", arn), ("id", entity.Id), ("a", entity.AccountId));
        }

        var boundary = entity switch
        {
            IamUser u => u.PermissionsBoundaryArn,
            IamRole r => r.PermissionsBoundaryArn,
            _ => null,
        };
        s.Run("DELETE FROM iam_boundaries WHERE entity_id = @id;", ("id", entity.Id));
        if (boundary is not null)
        {
            s.Run("INSERT INTO iam_boundaries (policy_arn, entity_id, account_id) VALUES (@p, @id, @a);", ("p", boundary), ("id", entity.Id), ("a", entity.AccountId));
        }

        if (entity is IamUser user)
        {
            s.Run("DELETE FROM iam_group_members WHERE user_id = @id;", ("id", user.Id));
            foreach (var groupId in user.GroupIds)
            {
                s.Run("INSERT INTO iam_group_members (group_id, user_id) VALUES (@g, @id) ON CONFLICT DO NOTHING;", ("g", groupId), ("id", user.Id));
            }
        }
    }

    /// <summary>The page's continuation name as a sort key (null from the start).</summary>
    private static string? AfterKey(PageRequest page) => page.After is null ? null : NameKey(page.After);

    /// <summary>One row more than the page size tells whether the listing is truncated; null = no limit.</summary>
    private static long? Limit(PageRequest page) => page.Limit == int.MaxValue ? null : page.Limit + 1L;

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
