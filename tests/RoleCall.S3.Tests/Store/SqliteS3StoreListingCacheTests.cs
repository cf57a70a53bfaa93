using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Model;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// The store keeps listing pages until the next object write; each test here fails when that invalidation
/// is removed from the write it names.
/// </summary>
public sealed class SqliteS3StoreListingCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 6, 0, 0, TimeSpan.Zero);

    private readonly SqliteS3Store store = SqliteS3Store.InMemory();

    public SqliteS3StoreListingCacheTests()
    {
        Assert.True(store.TryAddBucket(new S3Bucket("cache-bucket", "111122223333", "us-east-1", Now)));
        store.PutObject(Entry("a.txt", "body-a"));
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Should_answer_an_unchanged_listing_from_the_cache()
    {
        var first = List();

        Assert.Same(first, List());
        Assert.Equal(["a.txt"], first.Select(o => o.Key));
    }

    [Fact]
    public void Should_list_an_object_put_after_a_cached_listing()
    {
        List();

        store.PutObject(Entry("b.txt", "body-b"));
        store.PutObject(Entry("a.txt", "body-a2") with { Size = 42 });

        Assert.Equal([("a.txt", 42L), ("b.txt", 1L)], List().Select(o => (o.Key, o.Size)));
    }

    [Fact]
    public void Should_not_list_an_object_deleted_after_a_cached_listing()
    {
        List();

        store.DeleteObject("cache-bucket", "a.txt");

        Assert.Empty(List());
    }

    private IReadOnlyList<S3ObjectSummary> List() => store.ListObjects("cache-bucket", "", null, inclusive: false, 1000);

    private static S3Object Entry(string key, string body) =>
        new("cache-bucket", key, [new BodySegment(body, 1)], 1, "\"0cc175b9c0f1b6a831c399e269772661\"", Now, ObjectHeaders.Empty);
}
