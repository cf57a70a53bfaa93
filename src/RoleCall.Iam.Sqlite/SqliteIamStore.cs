using Microsoft.Data.Sqlite;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// <see cref="IIamStore"/> over SQLite (see <see cref="SqliteDatabase"/> for the concurrency and durability
/// choices and Migrations/ for the schema). <see cref="Open"/> a data directory, or <see cref="InMemory"/> for
/// throwaway state. STS sessions live in a file of their own (<see cref="SessionDatabase"/>); a further
/// table another area needs is a new Migrations/NNNN_*.sql file plus methods here.
/// </summary>
public sealed partial class SqliteIamStore : IIamStore, IDisposable
{
    public const string FileName = "rolecall.db";

    private readonly SqliteDatabase db;

    private readonly SessionFiles sessionFiles;

    /// <summary>Null for an in-memory store (no file, no commit cost to share): AddSession then writes directly.</summary>
    private readonly GroupCommit<SessionRow>? sessionInserts;

    /// <summary>Seals secrets on the way in and opens them on the way out (<see cref="SecretSealer"/>).</summary>
    private readonly SecretSealer sealer;

    private SqliteIamStore(SqliteDatabase db, Func<SqliteDatabase, SessionFiles> openSessions, SecretSealer sealer, bool groupCommit)
    {
        this.db = db;
        this.sealer = sealer;
        Migrator.Migrate(db);
        sessionFiles = openSessions(db);
        SecretMigration.Run(db, sessionFiles.ActiveFirst, sealer);
        sessionInserts = groupCommit ? new GroupCommit<SessionRow>(() => sessionFiles.Active, SessionDatabase.Insert) : null;
        revoked = new(LoadRevocations, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Opens (creating if needed) `DIR/rolecall.db` and the session files (<see cref="SessionFiles"/>), the directory 0700 and its files
    /// 0600 (<see cref="DataDirectory"/>), secrets sealed with `DIR/rolecall.key` (<see cref="SecretSealer"/>).
    /// </summary>
    public static SqliteIamStore Open(string directory)
    {
        DataDirectory.Prepare(directory, FileName, SessionDatabase.FileName, SessionFiles.SecondFileName);
        var sealer = SecretSealer.ForDirectory(directory);
        return new SqliteIamStore(SqliteDatabase.OpenFile(Path.Combine(directory, FileName)), main => SessionFiles.Open(directory, main), sealer, groupCommit: true);
    }

    /// <summary>Everything in one private in-memory database (sessions in the migrated `sessions` table).</summary>
    public static SqliteIamStore InMemory() => new(SqliteDatabase.OpenMemory(), SessionFiles.InMemory, SecretSealer.None, groupCommit: false);

    public void Dispose()
    {
        // First: the writer thread commits what is queued while the database is still open.
        sessionInserts?.Dispose();
        sessionFiles.Dispose();

        db.Dispose();
        if (sealer != SecretSealer.None)
        {
            sealer.Dispose();
        }
    }

    /// <summary>One process owns a data directory (SQLite's file lock is per process), so IamService's lock suffices.</summary>
    public IDisposable EnterWriteScope() => NoWriteScope.Instance;

    public bool TryAddAccount(IamAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return db.Write(s => s.Run("INSERT OR IGNORE INTO accounts (account_id, data) VALUES ($id, $data);",
            ("$id", account.AccountId), ("$data", Sql.Serialize(account))) == 1);
    }

    public IamAccount? FindAccount(string accountId) => db.Read(s =>
        s.One("SELECT data FROM accounts WHERE account_id = $id;", r => Sql.Deserialize<IamAccount>(r.GetString(0)), ("$id", accountId)));

    public void SaveAccount(IamAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        db.Write(s => s.Run("UPDATE accounts SET data = $data WHERE account_id = $id;", ("$id", account.AccountId), ("$data", Sql.Serialize(account))));
    }

    public IReadOnlyList<IamAccount> ListAccounts() => db.Read(s =>
        s.Rows("SELECT data FROM accounts ORDER BY account_id;", r => Sql.Deserialize<IamAccount>(r.GetString(0))));

    public AccountCounts CountEntities(string accountId) => db.Read(s =>
    {
        long Count(string sql) => s.Scalar(sql, ("$a", accountId));
        var kinds = s.Rows("SELECT kind, count(*) FROM entities WHERE account_id = $a GROUP BY kind;", r => (Kind: r.GetInt32(0), Count: r.GetInt32(1)), ("$a", accountId))
            .ToDictionary(k => k.Kind, k => k.Count);
        return new AccountCounts(
            Users: kinds.GetValueOrDefault((int)EntityKind.User),
            Groups: kinds.GetValueOrDefault((int)EntityKind.Group),
            Roles: kinds.GetValueOrDefault((int)EntityKind.Role),
            Policies: (int)Count("SELECT count(*) FROM policies WHERE account_id = $a;"),
            PolicyVersionsInUse: (int)Count("SELECT coalesce(sum(json_array_length(data, '$.Versions')), 0) FROM policies WHERE account_id = $a;"),
            MfaDevices: (int)Count("SELECT count(*) FROM mfa_devices WHERE account_id = $a;"),
            MfaDevicesInUse: (int)Count("SELECT count(*) FROM mfa_devices WHERE account_id = $a AND json_extract(data, '$.UserId') IS NOT NULL;"),
            AttachedPolicies: (int)Count("SELECT count(*) FROM attachments WHERE account_id = $a;"));
    });

    private static T? Guard<T>(Func<T> work, T onConflict)
    {
        try
        {
            return work();
        }
        catch (SqliteException e) when (Sql.IsConstraint(e))
        {
            return onConflict;
        }
    }
}
