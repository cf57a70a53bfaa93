using RoleCall.Core.Errors;
using RoleCall.Iam.Tests.Sts.Support;
using RoleCall.Iam.Tests.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Authorization;

/// <summary>
/// Issue 17, item 3: another account's users, groups and roles are out of reach, root included. Account A's
/// root once simulated account B's users ("allowed", with B's policy names), and NoSuchEntity for a missing
/// name let it enumerate them. AWS refuses both alike: IAM entities have no resource policy to let A in.
/// </summary>
public sealed class CrossAccountPrincipalTests
{
    private const string AllowAll = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    private readonly StsWorld world = new();

    private static string UserArn(string name) => $"arn:aws:iam::{OtherAccount}:user/{name}";

    [Theory]
    [InlineData("SimulatePrincipalPolicy")]
    [InlineData("GetContextKeysForPrincipalPolicy")]
    public void Should_refuse_another_accounts_user_to_root_and_answer_missing_names_alike(string action)
    {
        world.AddUser("bob", OtherAccount, [], AllowAll);

        var existing = Refused(Root(), action, UserArn("bob"));
        var missing = Refused(Root(), action, UserArn("nobody"));

        Assert.Equal((403, "AccessDenied"), (existing.HttpStatus, existing.Code));
        Assert.Equal(existing.Message.Replace("user/bob", "user/X", StringComparison.Ordinal), missing.Message.Replace("user/nobody", "user/X", StringComparison.Ordinal));
        Assert.Equal(
            $"User: arn:aws:iam::{Account}:root is not authorized to perform: iam:{action} on resource: {UserArn("bob")} because no resource-based policy allows the iam:{action} action",
            existing.Message);
        Assert.DoesNotContain("inline0", existing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_another_accounts_principal_to_an_administrator_user_too()
    {
        var admin = world.AddUser("admin", AllowAll);
        world.AddUser("bob", OtherAccount, [], AllowAll);

        Assert.Equal("AccessDenied", Refused(admin, "SimulatePrincipalPolicy", UserArn("bob")).Code);
    }

    [Fact]
    public void Should_still_let_root_simulate_its_own_accounts_principals()
    {
        world.AddUser("bob", OtherAccount, [], AllowAll);

        var result = world.Call(Root(OtherAccount), "iam", "SimulatePrincipalPolicy",
            ("PolicySourceArn", UserArn("bob")), ("ActionNames.member.1", "s3:GetObject"));

        Assert.Equal("allowed", Assert.Single(result!.Members("EvaluationResults")).Text("EvalDecision"));
    }

    [Fact]
    public void Should_still_let_root_read_an_aws_managed_policy()
    {
        var result = world.Call(Root(), "iam", "GetPolicy", ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));

        Assert.Equal("ReadOnlyAccess", result!.Text("Policy", "PolicyName"));
    }

    private AwsServiceException Refused(Model.Caller caller, string action, string sourceArn) =>
        Fails(() => world.Call(caller, "iam", action, ("PolicySourceArn", sourceArn), ("ActionNames.member.1", "s3:GetObject")));
}
