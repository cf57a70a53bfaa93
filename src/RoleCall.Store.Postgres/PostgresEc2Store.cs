using RoleCall.Ec2.Model;
using RoleCall.Ec2.Store;

namespace RoleCall.Store.Postgres;

/// <summary>
/// <see cref="IEc2Store"/> over PostgreSQL, shared by every replica. Check-then-act sequences (an instance ID
/// looked up, then changed) run inside <see cref="EnterWriteScope"/>, an advisory lock of EC2's own, so EC2
/// writers never queue behind IAM's; launch numbers come from a database sequence. Networks and each region's
/// instance list are cached per replica in <see cref="cache"/>, invalidated by every replica's EC2 writes
/// through NOTIFY on <see cref="Channel"/> (and by this replica's own at once), so DescribeInstances over a
/// thousand instances neither queries nor deserializes them while nothing changes.
/// </summary>
public sealed class PostgresEc2Store : IEc2Store, IDisposable
{
    /// <summary>The advisory lock key of EC2 writes ('RCec2wrt' as 64 bits).</summary>
    public const long WriteLockKey = 0x5243656332777274;

    internal const string Channel = "rolecall_ec2";

    private readonly PostgresBackend backend;
    private readonly PostgresDatabase db;
    private readonly ChangeListener changes;
    private readonly SharedCache cache;
    private readonly Lock writes = new();

    public PostgresEc2Store(PostgresBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        this.backend = backend.Lease();
        db = backend.Db;
        changes = new ChangeListener(db.Source, backend.ListenSource, Channel);
        cache = new SharedCache(changes, capacity: 4096);
        changes.WaitUntilListening(TimeSpan.FromSeconds(5));
    }

    public IDisposable EnterWriteScope() => PostgresWriteScope.Enter(db, WriteLockKey, writes, changes);

    public Ec2Network? FindNetwork(string accountId, string region) => cache.Get($"n\n{accountId}\n{region}", () => db.Read(s =>
        s.One("SELECT data FROM ec2_networks WHERE account_id = @a AND region = @r;", r => StoredEc2Json.Deserialize<Ec2Network>(r.GetString(0)),
            ("a", accountId), ("r", region))));

    public void SaveNetwork(Ec2Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Change(s => s.Run("""
            INSERT INTO ec2_networks (account_id, region, data) VALUES (@a, @r, @d)
            ON CONFLICT (account_id, region) DO UPDATE SET data = excluded.data;
            """, ("a", network.AccountId), ("r", network.Region), ("d", StoredEc2Json.Serialize(network))));
    }

    public IReadOnlyList<Ec2Instance> ListInstances(string accountId, string region) => cache.Get($"i\n{accountId}\n{region}", () => (IReadOnlyList<Ec2Instance>)db.Read(s =>
        s.Rows("SELECT data FROM ec2_instances WHERE account_id = @a AND region = @r ORDER BY seq;", r => StoredEc2Json.Deserialize<Ec2Instance>(r.GetString(0)),
            ("a", accountId), ("r", region))));

    public void SaveInstances(IReadOnlyList<Ec2Instance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        Change(s => instances.Sum(i => s.Run("""
            INSERT INTO ec2_instances (account_id, region, instance_id, seq, data) VALUES (@a, @r, @i, @s, @d)
            ON CONFLICT (account_id, region, instance_id) DO UPDATE SET seq = excluded.seq, data = excluded.data;
            """, ("a", i.AccountId), ("r", i.Region), ("i", i.InstanceId), ("s", i.Sequence), ("d", StoredEc2Json.Serialize(i)))));
    }

    public void DeleteInstances(string accountId, string region, IReadOnlyList<string> instanceIds)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        Change(s => s.Run("DELETE FROM ec2_instances WHERE account_id = @a AND region = @r AND instance_id = ANY(@ids);",
            ("a", accountId), ("r", region), ("ids", instanceIds.ToArray())));
    }

    public long NextSequence() => db.Read(s => s.Scalar("SELECT nextval('ec2_instance_seq');"));

    public void Dispose()
    {
        changes.Dispose();
        backend.Dispose();
    }

    /// <summary>An EC2 write: bumps the change counter and notifies every replica at commit, and drops this replica's cached reads as soon as it returns.</summary>
    private void Change(Func<PgSession, int> work) => _ = changes.Write(db, work);
}
