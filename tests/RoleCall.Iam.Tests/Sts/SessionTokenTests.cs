using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 4: GetSessionToken, GetFederationToken, GetAccessKeyInfo, DecodeAuthorizationMessage.</summary>
public sealed class SessionTokenTests
{
    private readonly StsWorld world = new();

    [Fact]
    public void Should_issue_a_session_token_for_12_hours_by_default_without_any_permission()
    {
        var user = world.AddUser("u");
        var result = world.Sts(user, "GetSessionToken");
        Assert.Equal("2026-11-22T00:00:00Z", Value(result, "Credentials", "Expiration"));
        var session = world.SessionOf(result);
        Assert.Equal((PrincipalKind.User, user.Arn, user.UserId), (session.Kind, session.Arn, session.UserId));
        Assert.False(session.Session!.MultiFactorAuthPresent);
    }

    [Fact]
    public void Should_shorten_root_sessions_to_one_hour()
    {
        var result = world.Sts(Root(), "GetSessionToken", ("DurationSeconds", "7200"));
        Assert.Equal("2026-11-21T13:00:00Z", Value(result, "Credentials", "Expiration"));
    }

    [Fact]
    public void Should_refuse_session_credentials_and_out_of_range_durations()
    {
        var user = world.AddUser("u");
        var session = world.SessionOf(world.Sts(user, "GetSessionToken"));
        Assert.Equal("Cannot call GetSessionToken with session credentials", Fails(() => world.Sts(session, "GetSessionToken")).Message);
        Assert.Contains("Member must have value less than or equal to 129600", Fails(() => world.Sts(user, "GetSessionToken", ("DurationSeconds", "129601"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_allow_iam_calls_with_session_token_credentials_only_after_mfa()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("*"));
        var (serial, seed) = world.AddMfa(user);
        var plain = world.SessionOf(world.Sts(user, "GetSessionToken"));
        var withMfa = world.SessionOf(world.Sts(user, "GetSessionToken", ("SerialNumber", serial), ("TokenCode", world.CodeNow(seed))));

        Assert.Equal("AccessDenied", world.Denied(plain, "iam", "ListRoles", "*").Code);
        world.Authorize(withMfa, "iam", "ListRoles", "*");
        Assert.True(withMfa.Session!.MultiFactorAuthPresent);
    }

    [Fact]
    public void Should_let_session_token_credentials_call_only_AssumeRole_and_GetCallerIdentity_on_sts()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("*"));
        var session = world.SessionOf(world.Sts(user, "GetSessionToken"));
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn));

        Assert.NotNull(world.Sts(session, "GetCallerIdentity"));
        Assert.NotNull(world.Sts(session, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "from-gst")));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(session, "GetAccessKeyInfo", ("AccessKeyId", "AKIAIOSFODNN7EXAMPLE"))).Code);
    }

    [Fact]
    public void Should_give_a_federated_user_without_policy_no_permissions()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("*"));
        var result = world.Sts(user, "GetFederationToken", ("Name", "bob"));
        Assert.Equal($"arn:aws:sts::{Account}:federated-user/bob", Value(result, "FederatedUser", "Arn"));
        Assert.Equal($"{Account}:bob", Value(result, "FederatedUser", "FederatedUserId"));

        var federated = world.SessionOf(result);
        Assert.Equal("AccessDenied", world.Denied(federated, "s3", "GetObject", "arn:aws:s3:::b/k").Code);
        Assert.NotNull(world.Sts(federated, "GetCallerIdentity"));

        var role = world.AddRole("r", PolicyDocs.Trust(Account));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(federated, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "fed1"))).Code);
    }

    [Fact]
    public void Should_give_a_federated_user_the_intersection_of_the_callers_and_the_session_policy_and_no_iam()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("s3:*"), PolicyDocs.Allow("sts:GetFederationToken"));
        var federated = world.SessionOf(world.Sts(user, "GetFederationToken", ("Name", "bob"), ("Policy", PolicyDocs.Allow("*"))));

        world.Authorize(federated, "s3", "GetObject", "arn:aws:s3:::b/k");
        Assert.Equal("AccessDenied", world.Denied(federated, "ec2", "DescribeInstances", "*").Code);
        Assert.Equal("AccessDenied", world.Denied(federated, "iam", "ListRoles", "*").Code);
    }

    [Fact]
    public void Should_require_permission_for_GetFederationToken_and_refuse_session_callers()
    {
        var user = world.AddUser("u");
        Assert.Equal("AccessDenied", Fails(() => world.Sts(user, "GetFederationToken", ("Name", "bob"))).Code);
        var session = world.SessionOf(world.Sts(user, "GetSessionToken"));
        Assert.Equal("Cannot call GetFederationToken with session credentials", Fails(() => world.Sts(session, "GetFederationToken", ("Name", "bob"))).Message);
        Assert.Contains("at 'name' failed to satisfy constraint: Member must have length less than or equal to 32",
            Fails(() => world.Sts(Root(), "GetFederationToken", ("Name", new string('n', 33)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_the_account_from_any_access_key_id()
    {
        Assert.Equal("581039954779", Value(world.Sts(Root(), "GetAccessKeyInfo", ("AccessKeyId", "AKIAIOSFODNN7EXAMPLE")), "Account"));
        var issued = world.Sts(Root(StsWorld.OtherAccount), "GetSessionToken");
        Assert.Equal(StsWorld.OtherAccount, Value(world.Sts(Root(), "GetAccessKeyInfo", ("AccessKeyId", Value(issued, "Credentials", "AccessKeyId"))), "Account"));
    }

    [Fact]
    public void Should_decode_only_messages_this_server_encoded()
    {
        var explanation = new Iam.Authorization.AuthorizationExplanation("arn:aws:iam::123456789012:user/u", "iam:CreateUser", "*", "ImplicitDeny", [], [])
        {
            Conditions = [new("aws:userid", ["AIDAEXAMPLEEXAMPLE123"]), new("aws:username", ["u"])],
        };
        var encoded = RoleCall.Iam.Sts.Messages.AuthorizationMessageCodec.Encode(explanation);

        var decoded = Value(world.Sts(Root(), "DecodeAuthorizationMessage", ("EncodedMessage", encoded)), "DecodedMessage");
        Assert.Contains("\"action\":\"iam:CreateUser\"", decoded, StringComparison.Ordinal);
        // Tutorial 003 pass: the principal as AWS's decoded messages name it.
        Assert.Contains("\"principal\":{\"id\":\"AIDAEXAMPLEEXAMPLE123\",\"name\":\"u\",\"arn\":\"arn:aws:iam::123456789012:user/u\"}", decoded, StringComparison.Ordinal);
        Assert.Contains("\"allowed\":false", decoded, StringComparison.Ordinal);
        Assert.Equal("InvalidAuthorizationMessageException", Fails(() => world.Sts(Root(), "DecodeAuthorizationMessage", ("EncodedMessage", "bm90IG91cnM="))).Code);
    }
}
