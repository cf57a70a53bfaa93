using RoleCall.Core.Errors;
using RoleCall.S3.Model;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>Multipart uploads: parts replaced by number, a completion that moves part bodies to the object in one commit, abort.</summary>
public abstract partial class S3StoreContract
{
    [Fact]
    public void Should_replace_a_part_by_number_and_list_parts_in_order()
    {
        var store = Open();
        var upload = StartUpload(store, "parts", "big.bin");

        Assert.Null(store.PutPart(Part(upload, 2, "p2")));
        Assert.Null(store.PutPart(Part(upload, 1, "p1")));
        Assert.Equal("p2", store.PutPart(Part(upload, 2, "p2-again")));

        Assert.Equal([(1, "p1"), (2, "p2-again")], Open().ListParts(upload).Select(p => (p.PartNumber, p.BodyId)));
        var found = Open().FindUpload(upload)!;
        Assert.Equal(("parts", "big.bin", Now, "arn:aws:iam::111122223333:user/u", "text/csv"), (found.Bucket, found.Key, found.Initiated, found.InitiatorArn, found.Headers.ContentType));
    }

    [Fact]
    public void Should_refuse_a_part_of_an_upload_that_does_not_exist()
    {
        var store = Open();

        var error = Assert.Throws<AwsServiceException>(() => store.PutPart(Part("no-such-upload", 1, "p1")));

        Assert.Equal("NoSuchUpload", error.Code);
        Assert.Empty(store.ListParts("no-such-upload"));
    }

    [Fact]
    public void Should_complete_by_moving_the_listed_parts_to_the_object_and_hand_back_every_body_left_unnamed()
    {
        var store = Open();
        var upload = StartUpload(store, "complete", "k");
        store.PutObject(Entry("complete", "k", "replaced-body"));
        foreach (var (number, body) in new[] { (1, "p1"), (2, "left-out"), (3, "p3") })
        {
            store.PutPart(Part(upload, number, body));
        }

        var unnamed = store.CompleteUpload(upload, Entry("complete", "k", "p1", "p3") with { ETag = "\"e-2\"" });

        Assert.Equal(["left-out", "replaced-body"], unnamed!.Order(StringComparer.Ordinal));
        var reopened = Open();
        Assert.Equal(["p1", "p3"], reopened.FindObject("complete", "k")!.BodyIds);
        Assert.Null(reopened.FindUpload(upload));
        Assert.Empty(reopened.ListParts(upload));
        Assert.Empty(reopened.ListUploads("complete"));
    }

    [Fact]
    public void Should_refuse_a_completion_naming_a_body_that_is_not_a_current_part_and_change_nothing()
    {
        var store = Open();
        var upload = StartUpload(store, "refused", "k");
        store.PutPart(Part(upload, 1, "p1"));
        store.PutPart(Part(upload, 1, "p1-again"));

        Assert.Null(store.CompleteUpload(upload, Entry("refused", "k", "p1")));
        Assert.Null(store.CompleteUpload("no-such-upload", Entry("refused", "k", "p1-again")));

        Assert.Null(store.FindObject("refused", "k"));
        Assert.Equal(["p1-again"], store.ListParts(upload).Select(p => p.BodyId));
    }

    [Fact]
    public void Should_abort_an_upload_handing_back_its_parts_bodies_and_list_uploads_by_key_then_time()
    {
        var store = Open();
        AddBucket(store, "uploads");
        store.AddUpload(new MultipartUpload("u-late", "uploads", "a", Now.AddSeconds(5), "arn", ObjectHeaders.Empty));
        store.AddUpload(new MultipartUpload("u-b", "uploads", "b", Now, "arn", ObjectHeaders.Empty));
        store.AddUpload(new MultipartUpload("u-early", "uploads", "a", Now, "arn", ObjectHeaders.Empty));
        store.PutPart(Part("u-b", 1, "b1"));
        store.PutPart(Part("u-b", 2, "b2"));

        Assert.Equal(["u-early", "u-late", "u-b"], store.ListUploads("uploads").Select(u => u.UploadId));
        Assert.Equal(["b1", "b2"], store.DeleteUpload("u-b").Order(StringComparer.Ordinal));
        Assert.Empty(store.DeleteUpload("u-b"));
        Assert.Equal(["u-early", "u-late"], Open().ListUploads("uploads").Select(u => u.UploadId));
    }

    private static string StartUpload(RoleCall.S3.Store.IS3Store store, string bucket, string key)
    {
        AddBucket(store, bucket);
        var id = "upload-" + bucket;
        store.AddUpload(new MultipartUpload(id, bucket, key, Now, "arn:aws:iam::111122223333:user/u", new ObjectHeaders { ContentType = "text/csv" }));
        return id;
    }

    private static UploadPart Part(string upload, int number, string body) => new(upload, number, body, 5, "\"part-etag\"", Now);
}
