using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 1: GetCallerIdentity for every principal kind, with no permission, under explicit deny.</summary>
public sealed class GetCallerIdentityTests
{
    private readonly StsWorld world = new();

    private static (string UserId, string Account, string Arn) Identity(Protocol.Query.ResultStruct? r) =>
        (Value(r, "UserId"), Value(r, "Account"), Value(r, "Arn"));

    [Fact]
    public void Should_name_root_by_account_id()
    {
        Assert.Equal((Account, Account, $"arn:aws:iam::{Account}:root"), Identity(world.Sts(Root(), "GetCallerIdentity")));
    }

    [Fact]
    public void Should_name_a_user_under_an_explicit_deny_of_everything()
    {
        var user = world.AddUser("denied", PolicyDocs.Deny("*"));
        Assert.Equal((user.UserId, Account, $"arn:aws:iam::{Account}:user/denied"), Identity(world.Sts(user, "GetCallerIdentity")));
        Assert.StartsWith("AIDA", user.UserId);
    }

    [Fact]
    public void Should_name_a_role_session_and_a_federated_user()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("sts:GetFederationToken"));
        var role = world.AddRole("user-role", PolicyDocs.Trust(user.Arn), inlinePolicies: PolicyDocs.Deny("*"));
        var session = world.SessionOf(world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "AWSCLI-Session")));
        Assert.Equal(($"{role.Id}:AWSCLI-Session", Account, $"arn:aws:sts::{Account}:assumed-role/user-role/AWSCLI-Session"), Identity(world.Sts(session, "GetCallerIdentity")));

        var federated = world.SessionOf(world.Sts(user, "GetFederationToken", ("Name", "fed")));
        Assert.Equal(($"{Account}:fed", Account, $"arn:aws:sts::{Account}:federated-user/fed"), Identity(world.Sts(federated, "GetCallerIdentity")));
    }
}
