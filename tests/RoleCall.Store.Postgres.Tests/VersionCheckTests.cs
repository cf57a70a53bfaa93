using System.Diagnostics;
using Npgsql;
using RoleCall.Iam.Model;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// Issue 15, "a change made on one replica is seen by every other within 100 ms": also when the notification
/// is lost. Replica B reaches PostgreSQL through <see cref="SilencingProxy"/>, which can silence its listening
/// connection without closing it; then only the version check on read (VersionCheck, the `rolecall_changes`
/// counter every write bumps) can tell B that its cached records are outdated.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class VersionCheckTests : IDisposable
{
    private const string KeyId = "AKIAROOTXXXXXXXXXXXX";
    private readonly string url = PostgresServer.Shared.CreateDatabase("version");
    private readonly SilencingProxy proxy = new(PostgresServer.Shared.Port);

    public void Dispose() => proxy.Dispose();

    [Fact]
    public void Should_see_a_change_within_100_ms_when_the_listening_connection_goes_silent()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(ThroughProxy());
        a.AddAccessKey(new AccessKey(KeyId, Samples.Account, null, "s", Samples.Time));
        a.TryAddEntity(Samples.Role("before"));
        Assert.True(b.FindAccessKey(KeyId)!.Active);
        Assert.Equal("d", ((IamRole)b.FindEntity(Samples.Account, EntityKind.Role, "before")!).Description);
        AssertServedFromCache(b);

        proxy.SilenceListeners();
        a.SaveAccessKey(a.FindAccessKey(KeyId)! with { Active = false });
        a.SaveEntity((IamRole)a.FindEntity(Samples.Account, EntityKind.Role, "before")! with { Description = "changed" });
        var clock = Stopwatch.StartNew(); // from the moment A's writes have answered

        while (b.FindAccessKey(KeyId)!.Active || ((IamRole)b.FindEntity(Samples.Account, EntityKind.Role, "before")!).Description != "changed")
        {
            Assert.InRange(clock.ElapsedMilliseconds, 0, 100);
            Thread.Sleep(2);
        }
    }

    [Fact]
    public void Should_see_changes_and_cache_again_after_its_listening_connection_was_terminated()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(ThroughProxy());
        a.AddAccessKey(new AccessKey(KeyId, Samples.Account, null, "s", Samples.Time));
        Assert.True(b.FindAccessKey(KeyId)!.Active);

        // The server ends every listening backend (A's and B's), as a restart of a pooler or a failover does.
        Assert.Equal(2, Terminate("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%';"));
        a.SaveAccessKey(a.FindAccessKey(KeyId)! with { Active = false });
        var clock = Stopwatch.StartNew();
        while (b.FindAccessKey(KeyId)!.Active)
        {
            Assert.InRange(clock.ElapsedMilliseconds, 0, 100);
            Thread.Sleep(2);
        }

        // B listens again (it retries every 500 ms) and answers from its cache again.
        var deadline = Stopwatch.StartNew();
        while (Terminate("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%';") < 2)
        {
            Assert.InRange(deadline.ElapsedMilliseconds, 0, 5000);
            Thread.Sleep(20);
        }

        Assert.False(b.FindAccessKey(KeyId)!.Active);
        AssertServedFromCache(b);
    }

    /// <summary>Fifty reads of a cached key within ~50 ms cost a few version checks, not fifty database reads.</summary>
    private void AssertServedFromCache(PostgresIamStore store)
    {
        var active = store.FindAccessKey(KeyId)!.Active;
        var before = proxy.Requests;
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(active, store.FindAccessKey(KeyId)!.Active);
            Thread.Sleep(1);
        }

        Assert.InRange(proxy.Requests - before, 0, 10);
    }

    private string ThroughProxy() => url.Replace($":{PostgresServer.Shared.Port}/", $":{proxy.Port}/", StringComparison.Ordinal);

    private long Terminate(string sql)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={PostgresServer.Shared.Port};Username=rolecall;Database={url[(url.LastIndexOf('/') + 1)..]};Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
