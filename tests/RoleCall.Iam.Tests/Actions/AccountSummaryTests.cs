using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class AccountSummaryTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_count_entities_in_a_key_value_summary_map()
    {
        iam.Call("CreateUser", ("UserName", "a"));
        iam.Call("CreateUser", ("UserName", "b"));
        iam.Call("CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Documents.TrustAccount));

        var map = iam.Call("GetAccountSummary")!.Node("SummaryMap");
        var entries = ((RoleCall.Protocol.Query.ResultStruct)map).Children.ToDictionary(e => e.Text("key"), e => e.Text("value"));

        Assert.Equal("2", entries["Users"]);
        Assert.Equal("1", entries["Roles"]);
        Assert.Equal("2", entries["AccessKeysPerUserQuota"]);
        Assert.Equal("1", entries["AccountAccessKeysPresent"]);
    }
}
