using System.Diagnostics;
using RoleCall.S3.Model;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.S3;

/// <summary>
/// Each replica caches buckets by name (every S3 request looks its bucket up); a bucket write through one
/// replica reaches the others' caches within 100 ms (NOTIFY rolecall_s3), and the writer's own at once. Each
/// test fails when the invalidation it names is removed.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class S3ReplicaCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly string url = PostgresServer.Shared.CreateDatabase("s3cache");

    [Fact]
    public void Should_answer_an_unchanged_bucket_from_the_cache_and_see_its_own_writes_at_once()
    {
        using var store = Stores.OpenS3(url);
        var bucket = new S3Bucket("own-writes", "111122223333", "us-east-1", Now);
        Assert.Null(store.FindBucket("own-writes"));
        Assert.True(store.TryAddBucket(bucket));
        Assert.NotNull(store.FindBucket("own-writes"));
        Assert.Same(store.FindBucket("own-writes"), store.FindBucket("own-writes"));

        store.SaveBucket(bucket with { Policy = "{}" });
        Assert.Equal("{}", store.FindBucket("own-writes")!.Policy);

        Assert.True(store.TryDeleteBucket("own-writes"));
        Assert.Null(store.FindBucket("own-writes"));
    }

    [Fact]
    public void Should_see_a_bucket_change_made_through_one_replica_on_the_other_within_100_ms()
    {
        using var a = Stores.OpenS3(url);
        using var b = Stores.OpenS3(url);
        var bucket = new S3Bucket("across", "111122223333", "us-east-1", Now);
        Assert.True(a.TryAddBucket(bucket));
        Assert.True(a.TryAddBucket(new S3Bucket("doomed", "111122223333", "us-east-1", Now)));
        Assert.Null(b.FindBucket("across")!.Policy);
        Assert.NotNull(b.FindBucket("doomed"));
        Assert.Null(b.FindBucket("late"));

        a.SaveBucket(bucket with { Policy = "{\"Statement\":[]}" });
        Assert.True(a.TryDeleteBucket("doomed"));
        Assert.True(a.TryAddBucket(new S3Bucket("late", "111122223333", "eu-west-1", Now)));
        var clock = Stopwatch.StartNew();

        while (b.FindBucket("across")!.Policy is null || b.FindBucket("doomed") is not null || b.FindBucket("late") is null)
        {
            Assert.True(clock.ElapsedMilliseconds < 100, "replica B still served a bucket cached before replica A's writes after 100 ms");
            Thread.Sleep(2);
        }
    }
}
