using RoleCall.Core.Identity;
using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class AccessKeyActionsTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_create_an_AKIA_key_that_encodes_the_account_with_a_40_character_secret()
    {
        iam.Call("CreateUser", ("UserName", "k"));

        var key = iam.Call("CreateAccessKey", ("UserName", "k"))!.Node("AccessKey");

        Assert.Equal(["UserName", "AccessKeyId", "Status", "SecretAccessKey", "CreateDate"], key.Names());
        Assert.Matches("^AKIA[A-Z2-7]{16}$", key.Text("AccessKeyId"));
        Assert.Equal(IamHarness.Account, AccessKeyIds.AccountOf(key.Text("AccessKeyId")));
        Assert.Equal(40, key.Text("SecretAccessKey").Length);
        Assert.Equal("Active", key.Text("Status"));
    }

    [Fact]
    public void Should_refuse_a_third_access_key()
    {
        iam.Call("CreateUser", ("UserName", "k"));
        iam.Call("CreateAccessKey", ("UserName", "k"));
        iam.Call("CreateAccessKey", ("UserName", "k"));

        var error = iam.Fails("CreateAccessKey", ("UserName", "k"));

        Assert.Equal(("LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: 2"), (error.Code, error.HttpStatus, error.Message));
    }

    [Fact]
    public void Should_authenticate_a_user_key_as_the_user_until_it_is_deactivated()
    {
        var caller = iam.UserCaller("eve");

        Assert.Equal(PrincipalKind.User, caller.Kind);
        Assert.Equal("arn:aws:iam::123456789012:user/eve", caller.Arn);
        iam.Call("UpdateAccessKey", ("UserName", "eve"), ("AccessKeyId", caller.AccessKeyId), ("Status", "Inactive"));
        Assert.False(iam.Service.FindSigningKey(caller.AccessKeyId)!.Active);
    }

    [Fact]
    public void Should_list_and_delete_the_calling_users_own_keys()
    {
        var caller = iam.UserCaller("frank", Documents.OwnUserAndKeys);

        var listed = iam.CallAs(caller, "ListAccessKeys")!.Members("AccessKeyMetadata").Single();
        iam.CallAs(caller, "DeleteAccessKey", ("AccessKeyId", caller.AccessKeyId));

        Assert.Equal(["UserName", "AccessKeyId", "Status", "CreateDate"], listed.Names());
        Assert.Null(iam.Service.FindSigningKey(caller.AccessKeyId));
        Assert.Equal("NoSuchEntity", iam.Fails("DeleteAccessKey", ("UserName", "frank"), ("AccessKeyId", caller.AccessKeyId)).Code);
    }

    [Fact]
    public void Should_report_last_use_of_a_key_with_service_and_region()
    {
        var caller = iam.UserCaller("gina", Documents.OwnUserAndKeys);
        var unused = iam.Call("GetAccessKeyLastUsed", ("AccessKeyId", caller.AccessKeyId))!;
        Assert.Equal("N/A", unused.Text("AccessKeyLastUsed", "ServiceName"));
        Assert.False(unused.Node("AccessKeyLastUsed").Has("LastUsedDate"));

        iam.CallAs(caller, "ListAccessKeys");
        var used = iam.Call("GetAccessKeyLastUsed", ("AccessKeyId", caller.AccessKeyId))!;

        Assert.Equal("gina", used.Text("UserName"));
        Assert.Equal("iam", used.Text("AccessKeyLastUsed", "ServiceName"));
        Assert.Equal("us-east-1", used.Text("AccessKeyLastUsed", "Region"));
        Assert.Equal("2026-03-01T12:00:00Z", used.Text("AccessKeyLastUsed", "LastUsedDate"));
    }
}
