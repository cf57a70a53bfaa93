using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 2: trust decisions as the IAM User Guide describes them.</summary>
public sealed class AssumeRoleTrustTests
{
    private readonly StsWorld world = new();

    private Protocol.Query.ResultStruct? Assume(Caller caller, string roleArn, params (string, string)[] extra) =>
        world.Sts(caller, "AssumeRole", [("RoleArn", roleArn), ("RoleSessionName", "AWSCLI-Session"), .. extra]);

    [Fact]
    public void Should_let_a_user_named_in_the_trust_policy_assume_the_role_without_any_identity_policy()
    {
        var user = world.AddUser("alice");
        var role = world.AddRole("user-role", PolicyDocs.Trust(user.Arn));

        var result = world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "AWSCLI-Session"));

        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/user-role/AWSCLI-Session", Value(result, "AssumedRoleUser", "Arn"));
        Assert.Equal($"{role.Id}:AWSCLI-Session", Value(result, "AssumedRoleUser", "AssumedRoleId"));
        Assert.StartsWith("ASIA", Value(result, "Credentials", "AccessKeyId"));
        Assert.Equal(40, Value(result, "Credentials", "SecretAccessKey").Length);
        Assert.Equal("2026-11-21T13:00:00Z", Value(result, "Credentials", "Expiration"));
        Assert.False(Has(result, "PackedPolicySize"));
    }

    [Fact]
    public void Should_require_an_identity_policy_when_the_trust_policy_names_the_account()
    {
        var role = world.AddRole("r", PolicyDocs.Trust($"arn:aws:iam::{Account}:root"));
        var without = world.AddUser("without");
        var with = world.AddUser("with", PolicyDocs.Allow("sts:AssumeRole", role.Arn));

        var denied = Fails(() => Assume(without, role.Arn));
        Assert.Equal($"User: {without.Arn} is not authorized to perform: sts:AssumeRole on resource: {role.Arn}", denied.Message);
        Assert.NotNull(Assume(with, role.Arn));
    }

    [Fact]
    public void Should_accept_the_bare_account_id_as_account_principal()
    {
        var role = world.AddRole("r", PolicyDocs.Trust(Account));
        var user = world.AddUser("u", PolicyDocs.Allow("sts:AssumeRole"));
        Assert.NotNull(Assume(user, role.Arn));
    }

    [Fact]
    public void Should_answer_a_missing_role_exactly_like_an_untrusted_caller()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("sts:AssumeRole"));
        var role = world.AddRole("other", PolicyDocs.Trust($"arn:aws:iam::{Account}:user/someone-else"));
        var missing = $"arn:aws:iam::{Account}:role/does-not-exist";

        var untrusted = Fails(() => Assume(user, role.Arn));
        var absent = Fails(() => Assume(user, missing));

        Assert.Equal((untrusted.Code, untrusted.HttpStatus), (absent.Code, absent.HttpStatus));
        Assert.Equal(untrusted.Message.Replace(role.Arn, "ROLE", StringComparison.Ordinal), absent.Message.Replace(missing, "ROLE", StringComparison.Ordinal));
        Assert.Equal("AccessDenied", absent.Code);
    }

    [Fact]
    public void Should_refuse_root_credentials()
    {
        var role = world.AddRole("r", PolicyDocs.Trust(Account));
        var error = Fails(() => Assume(Root(), role.Arn));
        Assert.Equal(("AccessDenied", "Roles may not be assumed by root accounts."), (error.Code, error.Message));
    }

    [Fact]
    public void Should_let_an_explicit_deny_in_the_identity_policy_win_over_a_trusting_role()
    {
        var user = world.AddUser("u", PolicyDocs.Deny("sts:AssumeRole"));
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn));
        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);
    }

    [Fact]
    public void Should_let_an_explicit_deny_in_the_trust_policy_win()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("sts:AssumeRole"));
        var trust = $$"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"{{Account}}"},"Action":"sts:AssumeRole"},
              {"Effect":"Deny","Principal":{"AWS":"{{user.Arn}}"},"Action":"sts:AssumeRole"}]}
            """;
        var role = world.AddRole("r", trust);
        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);
    }

    [Fact]
    public void Should_need_both_sides_to_allow_a_cross_account_assumption()
    {
        var trustingRole = world.AddRole("cross", PolicyDocs.Trust($"arn:aws:iam::{Account}:root"), OtherAccount);
        var allowed = world.AddUser("allowed", PolicyDocs.Allow("sts:AssumeRole", trustingRole.Arn));
        var notAllowed = world.AddUser("plain");
        var untrustingRole = world.AddRole("closed", PolicyDocs.Trust($"arn:aws:iam::{OtherAccount}:root"), OtherAccount);

        Assert.NotNull(Assume(allowed, trustingRole.Arn));
        Assert.Equal("AccessDenied", Fails(() => Assume(notAllowed, trustingRole.Arn)).Code);
        Assert.Equal("AccessDenied", Fails(() => Assume(allowed, untrustingRole.Arn)).Code);
    }

    [Fact]
    public void Should_still_need_the_identity_policy_across_accounts_even_when_the_user_is_named()
    {
        var user = world.AddUser("named");
        var role = world.AddRole("cross", PolicyDocs.Trust(user.Arn), OtherAccount);
        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);

        var allowed = world.AddUser("named2", PolicyDocs.Allow("sts:AssumeRole"));
        var role2 = world.AddRole("cross2", PolicyDocs.Trust(allowed.Arn), OtherAccount);
        Assert.NotNull(Assume(allowed, role2.Arn));
    }

    [Fact]
    public void Should_check_the_external_id_condition()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("ext", PolicyDocs.Trust(user.Arn, """{"StringEquals":{"sts:ExternalId":"Unique-1234"}}"""));

        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);
        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn, ("ExternalId", "wrong-id"))).Code);
        Assert.NotNull(Assume(user, role.Arn, ("ExternalId", "Unique-1234")));
    }

    [Fact]
    public void Should_check_role_session_name_and_principal_arn_conditions()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("named", PolicyDocs.Trust(user.Arn,
            $$$"""{"StringLike":{"sts:RoleSessionName":"${aws:username}-*"},"ArnEquals":{"aws:PrincipalArn":"{{{user.Arn}}}"}}"""));

        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);
        Assert.NotNull(world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "u-laptop")));
    }

    [Fact]
    public void Should_require_the_full_role_arn_including_its_path()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn));
        Assert.Equal("AccessDenied", Fails(() => Assume(user, $"arn:aws:iam::{Account}:role/some/path/r")).Code);
        Assert.NotNull(Assume(user, role.Arn));
    }

    [Fact]
    public void Should_refuse_a_role_whose_trust_policy_does_not_compile()
    {
        var user = world.AddUser("u", PolicyDocs.Allow("*"));
        var role = world.AddRole("broken", "{not json");
        Assert.Equal("AccessDenied", Fails(() => Assume(user, role.Arn)).Code);
    }
}
