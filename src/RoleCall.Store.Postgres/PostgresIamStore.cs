using Npgsql;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>
/// <see cref="IIamStore"/> over PostgreSQL, for any number of `rolecall serve` replicas sharing one database.
/// Every method is one transaction; uniqueness is enforced by unique indexes, TryUseMfaStep by a conditional
/// UPDATE, and IamService's check-then-act sequences by <see cref="EnterWriteScope"/>, an advisory lock every
/// replica takes. Per-request lookups (access keys, accounts, entities, policies, listing pages) are answered
/// from <see cref="cache"/>, which every replica's writes invalidate through LISTEN/NOTIFY
/// (<see cref="ChangeListener"/>); sessions, immutable rows, from <see cref="sessions"/>.
/// Secrets are sealed with the replicas' shared key (<see cref="PostgresSecretSealer"/>).
/// </summary>
public sealed partial class PostgresIamStore : IIamStore, IDisposable
{
    /// <summary>The advisory lock key of IAM writes ('RCiamwrt' as 64 bits).</summary>
    public const long WriteLockKey = 0x524369616D777274;

    private readonly PostgresBackend backend;
    private readonly PostgresDatabase db;

    /// <summary>
    /// Where STS session rows are inserted, in groups: the same database over connections with asynchronous
    /// commit. An AssumeRole answer then waits for the statement holding its row to be committed by PostgreSQL
    /// (so a `kill -9` of the replica loses nothing it acknowledged, and every other replica finds the session
    /// at once) but not for the WAL fsync;
    /// a crash of the database server itself may lose the last ~0.6 s of sessions, never corrupt anything: the
    /// guarantee SQLite's WAL at synchronous=NORMAL gives the embedded store. Every other write waits for the fsync.
    /// </summary>
    private readonly SessionGroupInsert sessionInserts;
    private readonly PostgresSecretSealer sealer;
    private readonly ChangeListener changes;
    private readonly SharedCache cache;

    private PostgresIamStore(PostgresBackend backend, PostgresSecretSealer sealer)
    {
        this.backend = backend;
        db = backend.Db;
        this.sealer = sealer;
        changes = new ChangeListener(db.Source, backend.ListenSource, Channel);
        cache = new SharedCache(changes);
        changes.WaitUntilListening(TimeSpan.FromSeconds(5));
        sessionInserts = new SessionGroupInsert(backend.SessionDb);
    }

    /// <summary>The NOTIFY channel of writes to the tables <see cref="cache"/> reads.</summary>
    internal const string Channel = "rolecall_iam";

    /// <summary>Where the store lives, as the start banner shows it (no password).</summary>
    public string Location => db.Location;

    /// <summary>
    /// Connects, migrates (once across replicas) and checks that <paramref name="key"/> is the key the
    /// database's secrets are sealed with. <paramref name="password"/> is PGPASSWORD (null: ~/.pgpass).
    /// </summary>
    public static PostgresIamStore Open(PostgresStoreUrl url, string? password, byte[] key, int maxPoolSize = 50)
    {
        using var backend = PostgresBackend.Open(url, password, maxPoolSize);
        return Open(backend, key);
    }

    /// <summary>The IAM store over a replica's shared pools; checks that <paramref name="key"/> opens the database's secrets.</summary>
    public static PostgresIamStore Open(PostgresBackend backend, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var sealer = new PostgresSecretSealer(key);
        var lease = backend.Lease();
        try
        {
            SecretCheck.Verify(lease.Db, sealer);
            return new PostgresIamStore(lease, sealer);
        }
        catch (NpgsqlException e)
        {
            sealer.Dispose();
            lease.Dispose();
            throw PostgresBackend.CannotUse(backend.Location, e);
        }
        catch
        {
            sealer.Dispose();
            lease.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        sessionInserts.Dispose();
        changes.Dispose();
        backend.Dispose();
        sealer.Dispose();
    }

    /// <summary>The advisory lock only: IamService's WriteGate is the in-process lock in front of it.</summary>
    public IDisposable EnterWriteScope() => PostgresWriteScope.Enter(db, WriteLockKey, localLock: null, changes);

    public bool TryAddAccount(IamAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Change(s => s.Run("INSERT INTO iam_accounts (account_id, data) VALUES (@id, @d) ON CONFLICT DO NOTHING;",
            ("id", account.AccountId), ("d", StoredRecordJson.Serialize(account))) == 1);
    }

    public IamAccount? FindAccount(string accountId) => cache.Get("a\n" + accountId, () => db.Read(s =>
        s.One("SELECT data FROM iam_accounts WHERE account_id = @id;", r => StoredRecordJson.Deserialize<IamAccount>(r.GetString(0)), ("id", accountId))));

    public void SaveAccount(IamAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        Change(s => s.Run("UPDATE iam_accounts SET data = @d WHERE account_id = @id;", ("id", account.AccountId), ("d", StoredRecordJson.Serialize(account))));
    }

    public IReadOnlyList<IamAccount> ListAccounts() => db.Read(s =>
        s.Rows("SELECT data FROM iam_accounts ORDER BY account_id COLLATE \"C\";", r => StoredRecordJson.Deserialize<IamAccount>(r.GetString(0))));

    public AccountCounts CountEntities(string accountId) => db.Read(s =>
    {
        long Count(string sql) => s.Scalar(sql, ("a", accountId));
        var kinds = s.Rows("SELECT kind, count(*) FROM iam_entities WHERE account_id = @a GROUP BY kind;", r => (Kind: r.GetInt32(0), Count: (int)r.GetInt64(1)), ("a", accountId))
            .ToDictionary(k => k.Kind, k => k.Count);
        return new AccountCounts(
            Users: kinds.GetValueOrDefault((int)EntityKind.User),
            Groups: kinds.GetValueOrDefault((int)EntityKind.Group),
            Roles: kinds.GetValueOrDefault((int)EntityKind.Role),
            Policies: (int)Count("SELECT count(*) FROM iam_policies WHERE account_id = @a;"),
            PolicyVersionsInUse: (int)Count("SELECT coalesce(sum(jsonb_array_length(data::jsonb -> 'Versions')), 0) FROM iam_policies WHERE account_id = @a;"),
            MfaDevices: (int)Count("SELECT count(*) FROM iam_mfa_devices WHERE account_id = @a;"),
            MfaDevicesInUse: (int)Count("SELECT count(*) FROM iam_mfa_devices WHERE account_id = @a AND jsonb_typeof(data::jsonb -> 'UserId') = 'string';"),
            AttachedPolicies: (int)Count("SELECT count(*) FROM iam_attachments WHERE account_id = @a;"));
    });

    /// <summary>
    /// A write to a table <see cref="cache"/> reads: its transaction bumps the change counter and notifies every
    /// replica (delivered at commit), and this replica's cache is invalidated as soon as it returns, committed or not.
    /// </summary>
    private T Change<T>(Func<PgSession, T> work) => changes.Write(db, work);

    private static string NameKey(string name) => NameKeys.Of(name);
}
