using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Listing;
using RoleCall.S3.Operations;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// Issue 11: the server reuses a rendered listing while a page is built from the same store results. These
/// pin what it relies on: an unchanged bucket lists from the same results, and every object write (put,
/// delete, multipart completion) makes the next listing come from new ones.
/// </summary>
public sealed class ListPageSourcesTests : IDisposable
{
    private const string Account = "123456789012";
    private static readonly S3Call Root = new(new Caller(PrincipalKind.Root, Account, $"arn:aws:iam::{Account}:root", Account, "AKIAROOT"), new("127.0.0.1", false, "us-east-1", "req"));
    private static readonly ListRequest Request = new("src-bucket", "", null, null, 1000);

    private readonly SqliteIamStore _iamStore = SqliteIamStore.InMemory();
    private readonly SqliteS3Store _store = SqliteS3Store.InMemory();
    private readonly FileObjectBodies _bodies = FileObjectBodies.Temporary();
    private readonly S3Service _s3;

    public ListPageSourcesTests()
    {
        var iam = new IamService(_iamStore, TimeProvider.System);
        iam.CreateAccount(Account);
        _s3 = new S3Service(_store, _bodies, iam.Access, TimeProvider.System);
        _s3.Buckets.Create(Root, "src-bucket", null);
    }

    public void Dispose()
    {
        _bodies.Dispose();
        _store.Dispose();
        _iamStore.Dispose();
    }

    [Fact]
    public async Task Should_list_an_unchanged_bucket_from_the_same_results_and_a_changed_one_from_new_ones()
    {
        await PutAsync("a.txt");
        var first = _s3.Listing.List(Root, Request);
        Assert.Equal(first.Sources, _s3.Listing.List(Root, Request).Sources);

        await PutAsync("b.txt");
        var afterPut = _s3.Listing.List(Root, Request);
        Assert.NotSame(first.Sources[0], afterPut.Sources[0]);

        _s3.Objects.Delete(Root, "src-bucket", "a.txt");
        Assert.NotSame(afterPut.Sources[0], _s3.Listing.List(Root, Request).Sources[0]);
    }

    private Task<Model.S3Object> PutAsync(string key) =>
        _s3.Objects.PutAsync(Root, new PutObjectRequest("src-bucket", key, Model.ObjectHeaders.Empty, new MemoryStream([1, 2]), BodyChecks.None), default);
}
