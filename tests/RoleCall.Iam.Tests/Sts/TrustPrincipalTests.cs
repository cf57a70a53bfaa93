using RoleCall.Core.Errors;
using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>
/// Issue 16 (2): user and role principals in trust policies are resolved when the policy is saved, as AWS does.
/// A missing one of a known account is MalformedPolicyDocument; a deleted one shows as its unique ID afterwards,
/// and a new user with the same name is not trusted.
/// </summary>
public sealed class TrustPrincipalTests
{
    private readonly StsWorld world = new();

    public TrustPrincipalTests() => Assert.True(world.Store.TryAddAccount(new IamAccount(Account, world.Clock.Now)));

    private static string Trust(string principal) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::{{Account}}:root","{{principal}}"]},"Action":"sts:AssumeRole"}]}""";

    [Theory]
    [InlineData("CreateRole", "arn:aws:iam::123456789012:user/example-user")]
    [InlineData("CreateRole", "arn:aws:iam::123456789012:role/no-such-role")]
    [InlineData("UpdateAssumeRolePolicy", "arn:aws:iam::123456789012:user/example-user")]
    public void Should_refuse_a_principal_that_does_not_exist_in_a_known_account(string action, string principal)
    {
        world.Call(Root(), "iam", "CreateRole", ("RoleName", "existing"), ("AssumeRolePolicyDocument", Trust($"arn:aws:iam::{Account}:root")));
        var document = action == "CreateRole" ? "AssumeRolePolicyDocument" : "PolicyDocument";

        var error = Assert.Throws<AwsServiceException>(() => world.Call(Root(), "iam", action, ("RoleName", "existing"), (document, Trust(principal))));

        Assert.Equal(("MalformedPolicyDocument", $"Invalid principal in policy: \"AWS\":\"{principal}\""), (error.Code, error.Message));
    }

    [Fact]
    public void Should_accept_existing_principals_and_those_of_unknown_accounts()
    {
        var user = world.AddUser("bob");

        world.Call(Root(), "iam", "CreateRole", ("RoleName", "r1"), ("AssumeRolePolicyDocument", Trust(user.Arn)));
        world.Call(Root(), "iam", "CreateRole", ("RoleName", "r2"), ("AssumeRolePolicyDocument", Trust("arn:aws:iam::999999999999:user/anyone")));

        Assert.NotNull(world.Store.FindEntity(Account, EntityKind.Role, "r2"));
    }

    [Fact]
    public void Should_show_a_deleted_user_as_its_unique_id_and_not_trust_a_new_user_of_the_same_name()
    {
        var bob = world.AddUser("bob");
        world.Call(Root(), "iam", "CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Trust(bob.Arn)));
        var role = (IamRole)world.Store.FindEntity(Account, EntityKind.Role, "r")!;
        Assert.NotNull(world.Sts(bob, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "before")));

        world.Call(Root(), "iam", "DeleteUser", ("UserName", "bob"));
        var stored = ((IamRole)world.Store.FindEntity(Account, EntityKind.Role, "r")!).AssumeRolePolicyDocument;
        Assert.Contains($"\"{bob.UserId}\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(bob.Arn, stored, StringComparison.Ordinal);

        var newBob = world.AddUser("bob");
        var error = Fails(() => world.Sts(newBob, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "after")));
        Assert.Equal("AccessDenied", error.Code);
    }
}
