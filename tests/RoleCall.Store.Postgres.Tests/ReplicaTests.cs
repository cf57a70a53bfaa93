using System.Diagnostics;
using Npgsql;
using RoleCall.Core.Errors;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// Two or more stores over one database, as replicas of `serve --store` open them. In the PostgreSQL collection,
/// so the timed test (100 ms) does not run beside the contract tests' load on a 2-core machine.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class ReplicaTests
{
    private readonly string url = PostgresServer.Shared.CreateDatabase("replica");

    [Fact]
    public void Should_migrate_once_when_replicas_start_together()
    {
        var stores = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => Stores.OpenIam(url)).ToList();
        try
        {
            Assert.Equal(PostgresMigrator.Scripts().Count(), Count("SELECT count(*) FROM rolecall_schema_migrations;"));
            Assert.True(stores[0].TryAddAccount(new IamAccount(Samples.Account, Samples.Time)));
            Assert.NotNull(stores[3].FindAccount(Samples.Account));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void Should_refuse_to_start_a_replica_whose_key_is_not_the_first_ones()
    {
        Stores.OpenIam(url).Dispose();

        var error = Assert.Throws<ConfigurationException>(() => Stores.OpenIam(url, new byte[32]));

        Assert.Contains("store key does not open the secrets", error.Message, StringComparison.Ordinal);
        Assert.Contains("ROLECALL_STORE_KEY_FILE", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_secrets_sealed_in_the_database()
    {
        using var store = Stores.OpenIam(url);
        store.AddAccessKey(new AccessKey("AKIAROOTXXXXXXXXXXXX", Samples.Account, null, "plain-secret-value", Samples.Time));
        store.AddSession(Samples.Session("ASIASEALEDXXXXXXXXXX", Samples.Time.AddHours(1)) with { SecretAccessKey = "plain-session-secret", SessionToken = "plain-token" });

        var stored = Text("SELECT string_agg(data, ' ') FROM (SELECT data FROM iam_access_keys UNION ALL SELECT data FROM iam_sessions) t;");

        Assert.DoesNotContain("plain-", stored, StringComparison.Ordinal);
        Assert.Equal("plain-secret-value", store.FindAccessKey("AKIAROOTXXXXXXXXXXXX")!.SecretAccessKey);
    }

    [Fact]
    public void Should_see_a_change_made_through_one_replica_on_the_other_within_100_ms()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        a.AddAccessKey(new AccessKey("AKIAROOTXXXXXXXXXXXX", Samples.Account, null, "s", Samples.Time));
        a.TryAddEntity(Samples.Role("before"));

        // B reads (and caches) the key, the role and the role listing; then A changes all three.
        Assert.True(b.FindAccessKey("AKIAROOTXXXXXXXXXXXX")!.Active);
        Assert.Equal("d", ((IamRole)b.FindEntity(Samples.Account, EntityKind.Role, "before")!).Description);
        Assert.Single(b.ListEntities(Samples.Account, EntityKind.Role, "/", PageRequest.All).Items);
        Assert.Null(b.FindSession("ASIAONAXXXXXXXXXXXXX"));
        a.SaveAccessKey(a.FindAccessKey("AKIAROOTXXXXXXXXXXXX")! with { Active = false });
        a.SaveEntity((IamRole)a.FindEntity(Samples.Account, EntityKind.Role, "before")! with { Description = "changed" });
        a.TryAddEntity(Samples.Role("after"));
        a.AddSession(Samples.Session("ASIAONAXXXXXXXXXXXXX", Samples.Time.AddHours(1)));
        var clock = Stopwatch.StartNew(); // from the moment A's writes have answered

        Assert.NotNull(b.FindSession("ASIAONAXXXXXXXXXXXXX"));
        while (b.FindAccessKey("AKIAROOTXXXXXXXXXXXX")!.Active
            || ((IamRole)b.FindEntity(Samples.Account, EntityKind.Role, "before")!).Description != "changed"
            || b.ListEntities(Samples.Account, EntityKind.Role, "/", PageRequest.All).Items.Count != 2)
        {
            Assert.InRange(clock.ElapsedMilliseconds, 0, 100);
            Thread.Sleep(2);
        }
    }

    [Fact]
    public void Should_read_its_own_writes_at_once()
    {
        using var a = Stores.OpenIam(url);
        a.AddAccessKey(new AccessKey("AKIAROOTXXXXXXXXXXXX", Samples.Account, null, "s", Samples.Time));
        Assert.True(a.FindAccessKey("AKIAROOTXXXXXXXXXXXX")!.Active);
        Assert.Null(a.FindEntity(Samples.Account, EntityKind.User, "new"));

        a.SaveAccessKey(a.FindAccessKey("AKIAROOTXXXXXXXXXXXX")! with { Active = false });
        a.TryAddEntity(Samples.User("new"));

        Assert.False(a.FindAccessKey("AKIAROOTXXXXXXXXXXXX")!.Active);
        Assert.NotNull(a.FindEntity(Samples.Account, EntityKind.User, "NEW"));
    }

    [Fact]
    public async Task Should_hold_a_second_replicas_write_scope_until_the_first_is_released()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        var first = a.EnterWriteScope();

        var second = Task.Run(b.EnterWriteScope);

        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(300)));
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Should_release_the_write_scope_of_a_replica_whose_connection_died()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        var held = a.EnterWriteScope();

        // The server ends the holder's backend, as it does when a replica is killed: the lock goes with it.
        Count($"SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND objid = {PostgresIamStore.WriteLockKey & 0xFFFFFFFF} AND granted;");
        var second = Task.Run(b.EnterWriteScope);

        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        held.Dispose();
    }

    private long Count(string sql) => Convert.ToInt64(Query(sql), System.Globalization.CultureInfo.InvariantCulture);

    private string Text(string sql) => (string)Query(sql)!;

    private object? Query(string sql)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={PostgresServer.Shared.Port};Username=rolecall;Database={url[(url.LastIndexOf('/') + 1)..]};Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
