using RoleCall.Core.Concurrency;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Store;

namespace RoleCall.Iam.Sqlite.Ec2;

/// <summary>
/// <see cref="IEc2Store"/> over SQLite, in a file of its own (`ec2.db` beside `rolecall.db`) with its own
/// migrations (Ec2/Migrations/), so EC2's writes never queue behind IAM's. Same durability as the IAM store
/// (WAL, synchronous=NORMAL: a committed write survives `kill -9`).
/// </summary>
public sealed class SqliteEc2Store : IEc2Store, IDisposable
{
    public const string FileName = "ec2.db";

    private const string MigrationPrefix = "RoleCall.Iam.Sqlite.Ec2Migrations.";

    private readonly SqliteDatabase db;
    // Each region's instance list until an instance write: DescribeInstances over a thousand instances then neither
    // queries nor deserializes them, and callers see the same records (which keeps per-instance renderings warm).
    private readonly WriteVersionedCache<(string Account, string Region), IReadOnlyList<Ec2Instance>> instanceLists = new(capacity: 4096);
    private readonly Lock writes = new();
    private long sequence;

    private SqliteEc2Store(SqliteDatabase db)
    {
        this.db = db;
        Migrator.Migrate(db, MigrationPrefix);
        sequence = db.Read(s => s.Scalar("SELECT coalesce(max(seq), 0) FROM ec2_instances;"));
    }

    public static SqliteEc2Store Open(string directory)
    {
        // The data directory's rules (0700, files 0600) hold for ec2.db as for rolecall.db.
        DataDirectory.Prepare(directory, FileName);
        return new SqliteEc2Store(SqliteDatabase.OpenFile(Path.Combine(directory, FileName)));
    }

    public static SqliteEc2Store InMemory() => new(SqliteDatabase.OpenMemory());

    /// <summary>Only this process opens ec2.db, so its own lock is the whole exclusion.</summary>
    public IDisposable EnterWriteScope() => LockScope.Enter(writes);

    public Ec2Network? FindNetwork(string accountId, string region) => db.Read(s =>
        s.One("SELECT data FROM ec2_networks WHERE account_id = $a AND region = $r;", r => Deserialize<Ec2Network>(r.GetString(0)), ("$a", accountId), ("$r", region)));

    public void SaveNetwork(Ec2Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        db.Write(s => s.Run("INSERT OR REPLACE INTO ec2_networks (account_id, region, data) VALUES ($a, $r, $d);",
            ("$a", network.AccountId), ("$r", network.Region), ("$d", Serialize(network))));
    }

    public IReadOnlyList<Ec2Instance> ListInstances(string accountId, string region) => instanceLists.GetOrLoad((accountId, region), () => db.Read(s =>
        s.Rows("SELECT data FROM ec2_instances WHERE account_id = $a AND region = $r ORDER BY seq;", r => Deserialize<Ec2Instance>(r.GetString(0)), ("$a", accountId), ("$r", region))));

    public void SaveInstances(IReadOnlyList<Ec2Instance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        try
        {
            db.Write(s =>
            {
                foreach (var i in instances)
                {
                    s.Run("INSERT OR REPLACE INTO ec2_instances (account_id, region, instance_id, seq, data) VALUES ($a, $r, $i, $s, $d);",
                        ("$a", i.AccountId), ("$r", i.Region), ("$i", i.InstanceId), ("$s", i.Sequence), ("$d", Serialize(i)));
                }

                return instances.Count;
            });
        }
        finally
        {
            instanceLists.Invalidate();
        }
    }

    public void DeleteInstances(string accountId, string region, IReadOnlyList<string> instanceIds)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        try
        {
            db.Write(s => instanceIds.Sum(id => s.Run("DELETE FROM ec2_instances WHERE account_id = $a AND region = $r AND instance_id = $i;",
                ("$a", accountId), ("$r", region), ("$i", id))));
        }
        finally
        {
            instanceLists.Invalidate();
        }
    }

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Dispose() => db.Dispose();

    private static string Serialize<T>(T value) => StoredEc2Json.Serialize(value);

    private static T Deserialize<T>(string json) => StoredEc2Json.Deserialize<T>(json);
}
