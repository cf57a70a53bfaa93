using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Model;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// The store keeps buckets by name until the next bucket write; each test here fails when that invalidation
/// is removed from the write it names.
/// </summary>
public sealed class SqliteS3StoreBucketCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);

    private readonly SqliteS3Store store = SqliteS3Store.InMemory();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Should_answer_an_unchanged_bucket_from_the_cache()
    {
        Assert.True(store.TryAddBucket(new S3Bucket("cached", "111122223333", "us-east-1", Now)));

        Assert.Same(store.FindBucket("cached"), store.FindBucket("cached"));
    }

    [Fact]
    public void Should_find_a_bucket_created_after_it_was_looked_up_missing()
    {
        Assert.Null(store.FindBucket("late"));

        Assert.True(store.TryAddBucket(new S3Bucket("late", "111122223333", "eu-west-1", Now)));

        Assert.Equal("eu-west-1", store.FindBucket("late")?.Region);
    }

    [Fact]
    public void Should_see_a_policy_and_tags_saved_after_the_bucket_was_cached()
    {
        var bucket = new S3Bucket("saved", "111122223333", "us-east-1", Now);
        store.TryAddBucket(bucket);
        Assert.Null(store.FindBucket("saved")!.Policy);

        store.SaveBucket(bucket with { Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}", Tags = [KeyValuePair.Create("team", "s3")] });

        var found = store.FindBucket("saved")!;
        Assert.Equal(("{\"Version\":\"2012-10-17\",\"Statement\":[]}", "s3"), (found.Policy, found.Tags.Single().Value));
    }

    [Fact]
    public void Should_not_find_a_bucket_deleted_after_it_was_cached()
    {
        store.TryAddBucket(new S3Bucket("deleted", "111122223333", "us-east-1", Now));
        Assert.NotNull(store.FindBucket("deleted"));

        Assert.True(store.TryDeleteBucket("deleted"));

        Assert.Null(store.FindBucket("deleted"));
    }
}
