using RoleCall.Core.Errors;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.Protocol.Query;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Listing;
using RoleCall.S3.Model;
using RoleCall.S3.Operations;

namespace RoleCall.S3.Tests.Access;

/// <summary>
/// Issue 11: S3 decided by the IAM engine. The tutorial's check (a user without S3 permissions is refused
/// `s3 ls`; with AmazonS3ReadOnlyAccess it lists but cannot write), NoSuchKey only for callers allowed
/// s3:ListBucket, and a bucket policy granting another account (both sides must allow).
/// </summary>
public sealed class S3AuthorizationTests : IDisposable
{
    private const string Account = "123456789012";
    private const string Other = "210987654321";
    private static readonly RequestInfo Info = new("127.0.0.1", false, "us-east-1", "req");
    private readonly SqliteIamStore _iamStore = SqliteIamStore.InMemory();
    private readonly SqliteS3Store _s3Store = SqliteS3Store.InMemory();
    private readonly FileObjectBodies _bodies = FileObjectBodies.Temporary();
    private readonly IamService _iam;
    private readonly S3Service _s3;

    public S3AuthorizationTests()
    {
        _iam = new IamService(_iamStore, TimeProvider.System);
        _iam.CreateAccount(Account);
        _iam.CreateAccount(Other);
        _s3 = new S3Service(_s3Store, _bodies, _iam.Access, TimeProvider.System);
        _s3.Buckets.Create(Call(Root(Account)), "tutorial-bucket", null);
    }

    [Fact]
    public void Should_refuse_s3_ls_without_permissions_and_allow_it_with_AmazonS3ReadOnlyAccess()
    {
        var user = User(Account, "demo-user");
        Assert.Equal("AccessDenied", Assert.Throws<AwsServiceException>(() => _s3.Buckets.List(Call(user))).Code);

        Iam(Root(Account), "AttachUserPolicy", ("UserName", "demo-user"), ("PolicyArn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        Assert.Equal(["tutorial-bucket"], _s3.Buckets.List(Call(user)).Select(b => b.Name));
        Assert.Empty(_s3.Listing.List(Call(user), new ListRequest("tutorial-bucket", "", null, null, 1000)).Objects);
        var denied = Assert.Throws<AwsServiceException>(() => _s3.Buckets.Create(Call(user), "users-own-bucket", null));
        Assert.Equal((403, "AccessDenied", "Access Denied"), (denied.HttpStatus, denied.Code, denied.Message));
    }

    [Fact]
    public void Should_say_NoSuchKey_only_to_callers_allowed_to_list_the_bucket()
    {
        var getter = User(Account, "getter");
        Iam(Root(Account), "PutUserPolicy", ("UserName", "getter"), ("PolicyName", "get"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"""));
        var none = Assert.Throws<AwsServiceException>(() => _s3.Objects.Get(Call(getter), "tutorial-bucket", "missing", Operations.GetConditions.None, null, false));
        Assert.Equal((403, "AccessDenied"), (none.HttpStatus, none.Code));

        var missing = Assert.Throws<AwsServiceException>(() => _s3.Objects.Get(Call(Root(Account)), "tutorial-bucket", "missing", Operations.GetConditions.None, null, false));
        Assert.Equal((404, "NoSuchKey"), (missing.HttpStatus, missing.Code));
    }

    [Fact]
    public void Should_need_the_bucket_policy_and_the_callers_own_policy_across_accounts()
    {
        var visitor = User(Other, "visitor");
        Iam(Root(Other), "AttachUserPolicy", ("UserName", "visitor"), ("PolicyArn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        var list = new ListRequest("tutorial-bucket", "", null, null, 1000);
        Assert.Throws<AwsServiceException>(() => _s3.Listing.List(Call(visitor), list));

        _s3.Configuration.PutPolicy(Call(Root(Account)), "tutorial-bucket",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Other}}:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::tutorial-bucket"}]}""");
        Assert.Empty(_s3.Listing.List(Call(visitor), list).Objects);

        // The bucket policy alone is not enough: a user of the other account without its own permission is refused.
        var bare = User(Other, "bare");
        Assert.Throws<AwsServiceException>(() => _s3.Listing.List(Call(bare), list));
    }

    [Fact]
    public async Task Should_need_GetObject_on_the_source_and_PutObject_on_the_destination_to_copy_a_part()
    {
        await _s3.Objects.PutAsync(Call(Root(Account)), new PutObjectRequest("tutorial-bucket", "src", ObjectHeaders.Empty, new MemoryStream(new byte[100]), BodyChecks.None), default);
        var copier = User(Account, "copier");
        Allow(copier, "put", "s3:PutObject", "arn:aws:s3:::tutorial-bucket/dst");
        var upload = _s3.Multipart.Create(Call(copier), "tutorial-bucket", "dst", ObjectHeaders.Empty);
        var source = new PartCopySource("tutorial-bucket", "src", null, GetConditions.None);
        Task<UploadPart> Copy(Caller caller) => _s3.PartCopies.CopyPartAsync(Call(caller), "tutorial-bucket", "dst", upload.UploadId, "1", source, default);

        var noRead = await Assert.ThrowsAsync<AwsServiceException>(() => Copy(copier));
        Assert.Equal((403, "AccessDenied"), (noRead.HttpStatus, noRead.Code));

        Allow(copier, "get", "s3:GetObject", "arn:aws:s3:::tutorial-bucket/src");
        Assert.Equal(100, (await Copy(copier)).Size);

        // Reading the source is not enough: the part is a write to the destination key.
        var reader = User(Account, "reader");
        Allow(reader, "get", "s3:GetObject", "*");
        var noWrite = await Assert.ThrowsAsync<AwsServiceException>(() => Copy(reader));
        Assert.Equal((403, "AccessDenied"), (noWrite.HttpStatus, noWrite.Code));
    }

    public void Dispose()
    {
        _iamStore.Dispose();
        _s3Store.Dispose();
        _bodies.Dispose();
    }

    private static S3Call Call(Caller caller) => new(caller, Info);

    private static Caller Root(string account) => new(PrincipalKind.Root, account, $"arn:aws:iam::{account}:root", account, "AKIAROOT");

    private Caller User(string account, string name)
    {
        var result = Iam(Root(account), "CreateUser", ("UserName", name));
        Iam(Root(account), "CreateAccessKey", ("UserName", name));
        var arn = $"arn:aws:iam::{account}:user/{name}";
        var userId = ((ResultStruct)result!.Child("User")!).ValueOf("UserId")!;
        return new Caller(PrincipalKind.User, account, arn, userId, "AKIAUSER");
    }

    private void Allow(Caller user, string name, string action, string resource) =>
        Iam(Root(user.AccountId), "PutUserPolicy", ("UserName", user.Arn.Split('/')[^1]), ("PolicyName", name),
            ("PolicyDocument", $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"{{resource}}"}]}"""));

    private ResultStruct? Iam(Caller caller, string action, params (string Name, string Value)[] parameters) =>
        _iam.Execute(caller, new QueryRequest("iam", action, "2010-05-08", parameters.ToDictionary(p => p.Name, p => p.Value)), Info);
}
