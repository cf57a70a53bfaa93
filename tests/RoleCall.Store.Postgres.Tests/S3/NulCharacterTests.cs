using RoleCall.Core.Errors;
using RoleCall.S3.Model;
using RoleCall.Testing.Postgres;

namespace RoleCall.Store.Postgres.Tests.S3;

/// <summary>
/// PostgreSQL text cannot hold U+0000, which an S3 URL can carry (`%00`): the store finds nothing under such a
/// name, lists past such a marker correctly, and refuses to store such a key with InvalidArgument, never an
/// internal error from the database.
/// </summary>
[Collection(SharedServerTests.Name)]
public sealed class NulCharacterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_find_nothing_under_a_name_with_nul_and_refuse_to_store_one()
    {
        using var store = Stores.OpenS3(PostgresServer.Shared.CreateDatabase("nul"));
        Assert.True(store.TryAddBucket(new S3Bucket("nul-bucket", "111122223333", "us-east-1", Now)));
        foreach (var key in new[] { "a", "a\u0001", "ab", "b" })
        {
            store.PutObject(new S3Object("nul-bucket", key, [new BodySegment("body-" + key.Length, 1)], 1, "\"e\"", Now, ObjectHeaders.Empty));
        }

        var refused = Assert.Throws<AwsServiceException>(() => store.PutObject(new S3Object("nul-bucket", "a\0b", [new BodySegment("x", 1)], 1, "\"e\"", Now, ObjectHeaders.Empty)));
        var upload = Assert.Throws<AwsServiceException>(() => store.AddUpload(new MultipartUpload("u", "nul-bucket", "k\0", Now, "arn", ObjectHeaders.Empty)));

        Assert.Equal(("InvalidArgument", 400, "InvalidArgument"), (refused.Code, refused.HttpStatus, upload.Code));
        Assert.Null(store.FindBucket("nul\0bucket"));
        Assert.Null(store.FindObject("nul-bucket", "a\0b"));
        Assert.Null(store.FindUpload("u\0"));
        Assert.Empty(store.ListParts("u\0"));
        Assert.Empty(store.DeleteObject("nul-bucket", "a\0"));
        Assert.Empty(store.ListObjects("nul-bucket", "a\0", null, false, 10));
        Assert.Equal(["a\u0001", "ab", "b"], store.ListObjects("nul-bucket", "", "a\0b", false, 10).Select(o => o.Key));
        Assert.Equal(["a\u0001", "ab"], store.ListObjects("nul-bucket", "a", "a\0", false, 10).Select(o => o.Key));
    }
}
