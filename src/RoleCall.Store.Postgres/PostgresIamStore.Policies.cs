using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>Customer managed policies (their versions travel inside the record).</summary>
public sealed partial class PostgresIamStore
{
    public bool TryAddPolicy(ManagedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return PostgresErrors.Guard(() => Change(s => s.Run(
            "INSERT INTO iam_policies (arn, account_id, name, name_key, path, data) VALUES (@arn, @a, @n, @nk, @p, @d);",
            ("arn", policy.Arn), ("a", policy.AccountId), ("n", policy.Name), ("nk", NameKey(policy.Name)), ("p", policy.Path), ("d", StoredRecordJson.Serialize(policy))) == 1), false);
    }

    public ManagedPolicy? FindPolicy(string policyArn) => cache.Get("p\n" + policyArn, () => db.Read(s =>
        s.One("SELECT data FROM iam_policies WHERE arn = @arn;", r => StoredRecordJson.Deserialize<ManagedPolicy>(r.GetString(0)), ("arn", policyArn))));

    public void SavePolicy(ManagedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Change(s => s.Run("UPDATE iam_policies SET data = @d WHERE arn = @arn;", ("arn", policy.Arn), ("d", StoredRecordJson.Serialize(policy))));
    }

    public void DeletePolicy(string policyArn) => Change(s =>
    {
        // Attachments are checked by the caller (DeleteConflict); stale index rows must not outlive the policy.
        s.Run("DELETE FROM iam_attachments WHERE policy_arn = @arn;", ("arn", policyArn));
        return s.Run("DELETE FROM iam_policies WHERE arn = @arn;", ("arn", policyArn));
    });

    public Page<ManagedPolicy> ListPolicies(string accountId, string pathPrefix, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var rows = db.Read(s => s.Rows(
            """
            SELECT data FROM iam_policies
            WHERE account_id = @a AND (@after::text IS NULL OR name_key > @after::text) AND starts_with(path, @prefix)
            ORDER BY name_key LIMIT @limit::bigint;
            """,
            r => StoredRecordJson.Deserialize<ManagedPolicy>(r.GetString(0)), ("a", accountId), ("after", AfterKey(page)), ("prefix", pathPrefix), ("limit", Limit(page))));
        return ToPage(rows, page, p => p.Name);
    }
}
