using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>
/// Issue 16 (1) and issue 17 (3): `PolicyArns` as the server reads it. A member without its `arn` field is a
/// ValidationError (it was silently dropped, leaving the session unrestricted); a managed policy of another
/// account is refused with the answer a missing one gets, so its names cannot be probed.
/// </summary>
public sealed class SessionPolicyArnTests
{
    private const string Document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""";

    private readonly StsWorld world = new();
    private readonly Caller user;
    private readonly IamRole role;

    public SessionPolicyArnTests()
    {
        user = world.AddUser("alice");
        role = world.AddRole("user-role", PolicyDocs.Trust(user.Arn));
    }

    [Fact]
    public void Should_refuse_a_policy_arns_member_sent_without_its_arn_field()
    {
        var error = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"),
            ("PolicyArns.member.1", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")));

        Assert.Equal(("ValidationError", "1 validation error detected: Value null at 'policyArns.1.member.arn' failed to satisfy constraint: Member must not be null"),
            (error.Code, error.Message));
    }

    [Fact]
    public void Should_refuse_a_malformed_member_of_get_federation_token_and_a_tag_without_its_key()
    {
        var federation = Fails(() => world.Sts(user, "GetFederationToken", ("Name", "fed"), ("PolicyArns.member.1", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")));
        Assert.Contains("'policyArns.1.member.arn'", federation.Message, StringComparison.Ordinal);

        var tag = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"), ("Tags.member.1.Value", "blue")));
        Assert.Equal("1 validation error detected: Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null", tag.Message);
    }

    [Fact]
    public void Should_answer_another_accounts_policy_exactly_as_a_missing_one()
    {
        world.Call(Root(OtherAccount), "iam", "CreatePolicy", ("PolicyName", "exists"), ("PolicyDocument", Document));
        var existing = $"arn:aws:iam::{OtherAccount}:policy/exists";
        var missing = $"arn:aws:iam::{OtherAccount}:policy/missing";

        var a = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"), ("PolicyArns.member.1.arn", existing)));
        var b = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"), ("PolicyArns.member.1.arn", missing)));

        Assert.Equal((b.Code, b.Message.Replace("missing", "exists", StringComparison.Ordinal)), (a.Code, a.Message));
    }

    [Fact]
    public void Should_accept_a_policy_of_the_roles_account_and_aws_managed_ones_and_report_the_packed_size()
    {
        world.Call(Root(), "iam", "CreatePolicy", ("PolicyName", "local"), ("PolicyDocument", Document));

        var result = world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "s1"),
            ("PolicyArns.member.1.arn", $"arn:aws:iam::{Account}:policy/local"), ("PolicyArns.member.2.arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));

        Assert.Matches("^[0-9]+$", Value(result, "PackedPolicySize"));
    }
}
