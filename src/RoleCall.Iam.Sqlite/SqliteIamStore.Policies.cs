using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>Customer managed policies (their versions travel inside the record).</summary>
public sealed partial class SqliteIamStore
{
    private readonly RecordCache<ManagedPolicy> policies = new();
    public bool TryAddPolicy(ManagedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Guard(() => db.Write(s => s.Run(
            "INSERT INTO policies (arn, account_id, name, path, data) VALUES ($arn, $a, $n, $p, $d);",
            ("$arn", policy.Arn), ("$a", policy.AccountId), ("$n", policy.Name), ("$p", policy.Path), ("$d", Sql.Serialize(policy))) == 1), false);
    }

    public ManagedPolicy? FindPolicy(string policyArn) => db.Read(s =>
        s.One("SELECT data FROM policies WHERE arn = $arn;", r => policies.Get(r.GetString(0)), ("$arn", policyArn)));

    public void SavePolicy(ManagedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        db.Write(s => s.Run("UPDATE policies SET data = $d WHERE arn = $arn;", ("$arn", policy.Arn), ("$d", Sql.Serialize(policy))));
    }

    public void DeletePolicy(string policyArn) => db.Write(s =>
    {
        // Attachments are checked by the caller (DeleteConflict); stale index rows must not outlive the policy.
        s.Run("DELETE FROM attachments WHERE policy_arn = $arn;", ("$arn", policyArn));
        return s.Run("DELETE FROM policies WHERE arn = $arn;", ("$arn", policyArn));
    });

    public Page<ManagedPolicy> ListPolicies(string accountId, string pathPrefix, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = db.Read(s => s.Rows(
            """
            SELECT data FROM policies
            WHERE account_id = $a AND ($after IS NULL OR name > $after) AND substr(path, 1, length($prefix)) = $prefix
            ORDER BY name LIMIT $limit;
            """,
            r => policies.Get(r.GetString(0)), ("$a", accountId), ("$after", page.After), ("$prefix", pathPrefix), ("$limit", Limit(page))));
        return ToPage(rows, page, p => p.Name);
    }
}
