using RoleCall.Core.Errors;
using RoleCall.S3.Model;
using RoleCall.S3.Store;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>
/// The IS3Store contract, run against SQLite and PostgreSQL (issue 15): buckets (names global across accounts,
/// policy and tags), objects kept whole with their body segments, listings in UTF-8 byte order, the body ids
/// each replacing or removing write hands back, and rows that cannot outlive their bucket or upload. The
/// races between two stores over one database are in S3StoreContract.Races.cs, multipart in .Multipart.cs.
/// </summary>
public abstract partial class S3StoreContract : IDisposable
{
    protected const string Owner = "111122223333";
    protected const string Other = "444455556666";
    protected static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly List<IDisposable> opened = [];

    /// <summary>A store over this test's data: a later call opens the same data, as a restart or another replica does.</summary>
    protected abstract IS3Store OpenStore();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Should_keep_a_bucket_name_for_its_first_owner_across_accounts_and_a_restart()
    {
        var first = Open();
        var bucket = new S3Bucket("global-name", Owner, "eu-west-1", Now) { Policy = """{"Version":"2012-10-17"}""", Tags = [KeyValuePair.Create("team", "blue")] };
        Assert.True(first.TryAddBucket(bucket));
        Assert.False(first.TryAddBucket(new S3Bucket("global-name", Other, "us-east-1", Now)));
        Close(first);

        var found = Open().FindBucket("global-name")!;

        Assert.Equal((Owner, "eu-west-1", Now, bucket.Policy), (found.OwnerAccount, found.Region, found.CreatedAt, found.Policy));
        Assert.Equal(bucket.Tags, found.Tags);
        Assert.Null(Open().FindBucket("no-such-bucket"));
    }

    [Fact]
    public void Should_list_only_the_owners_buckets_by_name()
    {
        var store = Open();
        foreach (var (name, owner) in new[] { ("zeta", Owner), ("alpha", Owner), ("theirs", Other), ("mid-1", Owner) })
        {
            Assert.True(store.TryAddBucket(new S3Bucket(name, owner, "us-east-1", Now)));
        }

        Assert.Equal(["alpha", "mid-1", "zeta"], store.ListBuckets(Owner).Select(b => b.Name));
        Assert.Equal(["theirs"], store.ListBuckets(Other).Select(b => b.Name));
        Assert.Empty(store.ListBuckets("999999999999"));
    }

    [Fact]
    public void Should_save_a_policy_and_tags_and_clear_them_again()
    {
        var store = Open();
        var bucket = new S3Bucket("configured", Owner, "us-east-1", Now);
        store.TryAddBucket(bucket);

        store.SaveBucket(bucket with { Policy = "{}", Tags = [KeyValuePair.Create("a", "1"), KeyValuePair.Create("b", "2")] });
        var saved = Open().FindBucket("configured")!;
        store.SaveBucket(bucket);

        Assert.Equal(("{}", "a=1,b=2"), (saved.Policy, string.Join(',', saved.Tags.Select(t => $"{t.Key}={t.Value}"))));
        Assert.Equal((null, 0), (Open().FindBucket("configured")!.Policy, Open().FindBucket("configured")!.Tags.Count));
    }

    [Fact]
    public void Should_delete_only_an_empty_bucket()
    {
        var store = Open();
        AddBucket(store, "busy");
        AddBucket(store, "uploading");
        AddBucket(store, "empty");
        store.PutObject(Entry("busy", "k", "body-1"));
        store.AddUpload(new MultipartUpload("upload-1", "uploading", "k", Now, "arn:aws:iam::111122223333:root", ObjectHeaders.Empty));

        Assert.False(store.TryDeleteBucket("busy"));
        Assert.False(store.TryDeleteBucket("uploading"));
        Assert.True(store.TryDeleteBucket("empty"));

        Assert.Equal(["busy", "uploading"], Open().ListBuckets(Owner).Select(b => b.Name));
        store.DeleteObject("busy", "k");
        Assert.True(store.TryDeleteBucket("busy"));
        Assert.Null(Open().FindBucket("busy"));
    }

    [Fact]
    public void Should_keep_an_object_whole_with_its_segments_headers_checksums_and_tags()
    {
        var store = Open();
        AddBucket(store, "whole");
        var headers = new ObjectHeaders
        {
            ContentType = "text/plain", ContentEncoding = "gzip", ContentDisposition = "attachment", ContentLanguage = "en",
            CacheControl = "no-cache", Expires = "Thu, 01 Dec 1994 16:00:00 GMT", Metadata = [KeyValuePair.Create("b-second", "2"), KeyValuePair.Create("a-first", "1")],
        };
        var entry = new S3Object("whole", "dir/ключ 😀.txt", [new BodySegment("body-a", 5), new BodySegment("body-b", 0), new BodySegment("body-c", 7)], 12, "\"abc-3\"", Now, headers)
        {
            Checksums = [KeyValuePair.Create("CRC32", "AAAAAA==")],
            Tags = [KeyValuePair.Create("k", "v")],
        };

        Assert.Empty(store.PutObject(entry));
        var found = Open().FindObject("whole", "dir/ключ 😀.txt")!;

        Assert.Equal(entry.Body, found.Body);
        Assert.Equal((entry.Size, entry.ETag, entry.LastModified), (found.Size, found.ETag, found.LastModified));
        Assert.Equal(headers with { Metadata = [] }, found.Headers with { Metadata = [] });
        Assert.Equal(headers.Metadata, found.Headers.Metadata);
        Assert.Equal(entry.Checksums, found.Checksums);
        Assert.Equal(entry.Tags, found.Tags);
        Assert.Null(store.FindObject("whole", "dir/other"));
    }

    [Fact]
    public void Should_hand_back_the_bodies_a_replaced_or_deleted_object_no_longer_names()
    {
        var store = Open();
        AddBucket(store, "replace");
        store.PutObject(Entry("replace", "k", "old-1", "shared"));

        var replaced = store.PutObject(Entry("replace", "k", "shared", "new-1"));
        var deleted = store.DeleteObject("replace", "k");

        Assert.Equal(["old-1"], replaced);
        Assert.Equal(["new-1", "shared"], deleted.Order(StringComparer.Ordinal));
        Assert.Empty(store.DeleteObject("replace", "k"));
        Assert.Null(store.FindObject("replace", "k"));
    }

    [Fact]
    public void Should_refuse_an_object_or_upload_in_a_bucket_that_does_not_exist()
    {
        var store = Open();

        var put = Assert.Throws<AwsServiceException>(() => store.PutObject(Entry("missing", "k", "body")));
        var upload = Assert.Throws<AwsServiceException>(() => store.AddUpload(new MultipartUpload("u", "missing", "k", Now, "arn", ObjectHeaders.Empty)));

        Assert.Equal(("NoSuchBucket", "NoSuchBucket"), (put.Code, upload.Code));
        Assert.Null(store.FindObject("missing", "k"));
        Assert.Null(store.FindUpload("u"));
    }

    [Fact]
    public void Should_list_keys_in_utf8_byte_order_under_a_prefix_from_a_marker()
    {
        var store = Open();
        AddBucket(store, "listed");
        // UTF-16 order would put the emoji (a surrogate pair, D83D) before U+FF5E; UTF-8 (F0.. after EF..) puts it after.
        string[] keys = ["p/😀", "p/～", "p/é", "p/a", "p/B", "p/a/deep", "q", "o"];
        foreach (var key in keys)
        {
            store.PutObject(Entry("listed", key, "b-" + Array.IndexOf(keys, key)));
        }

        Assert.Equal(["p/B", "p/a", "p/a/deep", "p/é", "p/～", "p/😀"], Keys(store.ListObjects("listed", "p/", null, false, 100)));
        Assert.Equal(["p/a/deep", "p/é"], Keys(store.ListObjects("listed", "p/", "p/a", false, 2)));
        Assert.Equal(["p/a", "p/a/deep"], Keys(store.ListObjects("listed", "p/", "p/a", true, 2)));
        Assert.Equal(["q"], Keys(store.ListObjects("listed", "", "p/😀", false, 100)));
        Assert.Equal(["p/B"], Keys(store.ListObjects("listed", "p/", "o", false, 1)));
        Assert.Empty(store.ListObjects("listed", "p/a/deep/", null, false, 100));
        var summary = store.ListObjects("listed", "q", null, false, 1).Single();
        Assert.Equal((1L, "\"etag\"", Now), (summary.Size, summary.ETag, summary.LastModified));
    }

    /// <summary>Closes every store the test opened; a subclass then removes its data.</summary>
    protected virtual void Dispose(bool disposing)
    {
        opened.ForEach(s => s.Dispose());
        opened.Clear();
    }

    protected IS3Store Open()
    {
        var store = OpenStore();
        opened.Add((IDisposable)store);
        return store;
    }

    protected void Close(IS3Store store)
    {
        opened.Remove((IDisposable)store);
        ((IDisposable)store).Dispose();
    }

    protected static void AddBucket(IS3Store store, string name) => Assert.True(store.TryAddBucket(new S3Bucket(name, Owner, "us-east-1", Now)));

    protected static S3Object Entry(string bucket, string key, params string[] bodies) =>
        new(bucket, key, [.. bodies.Select(b => new BodySegment(b, 1))], bodies.Length, "\"etag\"", Now, ObjectHeaders.Empty);

    private static IEnumerable<string> Keys(IReadOnlyList<S3ObjectSummary> summaries) => summaries.Select(s => s.Key);
}
