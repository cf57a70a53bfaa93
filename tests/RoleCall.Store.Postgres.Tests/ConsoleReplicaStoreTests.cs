using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// Issue 12 over issue 15: what the console's cookies rely on, between two replicas of one database. Both derive
/// the same cookie key from the shared store key (another key file derives another), and a sign-out recorded
/// through one is refused by the other at once.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class ConsoleReplicaStoreTests
{
    private readonly string url = PostgresServer.Shared.CreateDatabase("console");

    [Fact]
    public void Should_derive_the_same_cookie_key_on_every_replica_and_none_from_the_store_key_itself()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);

        var key = a.DeriveKey("rolecall console cookies v1");

        Assert.Equal(key, b.DeriveKey("rolecall console cookies v1"));
        Assert.NotEqual(Stores.Key, key);
    }

    [Fact]
    public void Should_refuse_on_one_replica_a_console_id_revoked_through_the_other()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        var now = DateTimeOffset.UtcNow;
        Assert.False(b.IsConsoleIdRevoked("signed-out"));

        Assert.True(a.TryRevokeConsoleId("signed-out", now.AddHours(12), now));

        Assert.True(b.IsConsoleIdRevoked("signed-out"));
        Assert.False(b.TryRevokeConsoleId("signed-out", now.AddHours(12), now));
    }

    [Fact]
    public void Should_count_failed_sign_ins_made_through_two_replicas_at_once_together()
    {
        using var a = Stores.OpenIam(url);
        using var b = Stores.OpenIam(url);
        var now = DateTimeOffset.UtcNow;
        var replicas = new[] { a, b };

        // Four guesses at once through each replica: none is lost to the other's concurrent count.
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => replicas[i % 2].RecordSignInFailure("123456789012/alice", now));

        Assert.Equal(8, a.FindSignInFailures("123456789012/alice")!.Value.Count);
        Assert.True(b.FindSignInFailures("123456789012/alice")!.Value.IsLocked(now));
        b.ClearSignInFailures("123456789012/alice");
        Assert.Null(a.FindSignInFailures("123456789012/alice"));
    }
}
