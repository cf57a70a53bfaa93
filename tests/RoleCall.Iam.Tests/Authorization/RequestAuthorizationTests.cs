using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Authorization;

/// <summary>Issue 4, item 2: every IAM and STS request authorized, with AWS's AccessDenied wording.</summary>
public sealed class RequestAuthorizationTests
{
    private readonly StsWorld world = new();

    private Caller AssumeWith(Caller user, IamRole role, params (string, string)[] extra) =>
        world.SessionOf(world.Sts(user, "AssumeRole", [("RoleArn", role.Arn), ("RoleSessionName", "s1"), .. extra]));

    [Fact]
    public void Should_word_an_implicit_deny_as_aws_does()
    {
        var user = world.AddUser("bob");
        var error = world.Denied(user, "iam", "ListRoles", "*");
        Assert.Equal((403, "AccessDenied"), (error.HttpStatus, error.Code));
        Assert.Equal($"User: {user.Arn} is not authorized to perform: iam:ListRoles on resource: * because no identity-based policy allows the iam:ListRoles action", error.Message);
    }

    [Fact]
    public void Should_word_an_explicit_deny_as_aws_does()
    {
        var user = world.AddUser("bob", PolicyDocs.Allow("iam:*"), PolicyDocs.Deny("iam:DeleteUser"));
        var resource = $"arn:aws:iam::{Account}:user/x";
        Assert.Equal($"User: {user.Arn} is not authorized to perform: iam:DeleteUser on resource: {resource} with an explicit deny in an identity-based policy",
            world.Denied(user, "iam", "DeleteUser", resource).Message);
    }

    [Fact]
    public void Should_word_a_permissions_boundary_denial_as_aws_does()
    {
        var boundary = new ManagedPolicy(Account, "ANPA2", "boundary", "/", world.Clock.Now)
        {
            Versions = [new PolicyVersion("v1", PolicyDocs.Allow("iam:Get*"), world.Clock.Now)],
        };
        world.Store.TryAddPolicy(boundary);
        var user = world.AddUser("bounded", PolicyDocs.Allow("iam:*"));
        world.Store.SaveEntity((IamUser)world.Store.FindEntityById(user.UserId)! with { PermissionsBoundaryArn = boundary.Arn });

        world.Authorize(user, "iam", "GetUser", "*");
        Assert.EndsWith("because no permissions boundary allows the iam:ListRoles action", world.Denied(user, "iam", "ListRoles", "*").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_allow_root_everything_in_its_account()
    {
        world.Authorize(Root(), "iam", "DeleteRole", $"arn:aws:iam::{Account}:role/r");
    }

    [Fact]
    public void Should_collect_a_users_inline_attached_and_group_policies()
    {
        var policy = new ManagedPolicy(Account, "ANPA1", "list-users", "/", world.Clock.Now)
        {
            Versions = [new PolicyVersion("v1", PolicyDocs.Allow("iam:ListUsers"), world.Clock.Now)],
        };
        world.Store.TryAddPolicy(policy);
        var group = new IamGroup(Account, "AGPA1", "readers", "/", world.Clock.Now) { InlinePolicies = [new("g", PolicyDocs.Allow("iam:ListGroups"))] };
        world.Store.TryAddEntity(group);
        var user = world.AddUser("u", PolicyDocs.Allow("iam:ListRoles"));
        var stored = (IamUser)world.Store.FindEntityById(user.UserId)!;
        world.Store.SaveEntity(stored with { AttachedPolicyArns = [policy.Arn], GroupIds = [group.Id] });

        world.Authorize(user, "iam", "ListRoles", "*");
        world.Authorize(user, "iam", "ListUsers", "*");
        world.Authorize(user, "iam", "ListGroups", "*");
        world.Denied(user, "iam", "ListPolicies", "*");
    }

    [Fact]
    public void Should_apply_aws_managed_policies_from_the_catalog()
    {
        var user = world.AddUser("u");
        var stored = (IamUser)world.Store.FindEntityById(user.UserId)!;
        world.Store.SaveEntity(stored with { AttachedPolicyArns = ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"] });
        world.Authorize(user, "iam", "ListRoles", "*");
        world.Denied(user, "iam", "CreateRole", "*");
    }

    [Fact]
    public void Should_evaluate_a_role_session_against_the_roles_policies_at_request_time()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn), inlinePolicies: PolicyDocs.Allow("iam:ListRoles"));
        var session = AssumeWith(user, role);
        world.Authorize(session, "iam", "ListRoles", "*");

        world.Store.SaveEntity(role with { InlinePolicies = [] });
        var error = world.Denied(session, "iam", "ListRoles", "*");
        Assert.StartsWith($"User: arn:aws:sts::{Account}:assumed-role/r/s1 is not authorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_intersect_role_permissions_with_the_session_policy()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn), inlinePolicies: PolicyDocs.Allow("iam:List*"));
        var narrowed = AssumeWith(user, role, ("Policy", PolicyDocs.Allow("iam:ListRoles")));

        world.Authorize(narrowed, "iam", "ListRoles", "*");
        Assert.EndsWith("because no session policy allows the iam:ListUsers action", world.Denied(narrowed, "iam", "ListUsers", "*").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_honour_the_revoke_older_sessions_pattern_with_token_issue_time()
    {
        var user = world.AddUser("u");
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn), inlinePolicies: PolicyDocs.Allow("iam:ListRoles"));
        var old = AssumeWith(user, role);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var revokeBefore = "2026-11-21T12:01:00Z";
        var revoke = PolicyDocs.Deny("*").Replace("\"Resource\":\"*\"", "\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\"" + revokeBefore + "\"}}", StringComparison.Ordinal);
        world.Store.SaveEntity(role with { InlinePolicies = [new("allow", PolicyDocs.Allow("iam:ListRoles")), new("AWSRevokeOlderSessions", revoke)] });
        var fresh = AssumeWith(user, role);

        Assert.Contains("with an explicit deny", world.Denied(old, "iam", "ListRoles", "*").Message, StringComparison.Ordinal);
        world.Authorize(fresh, "iam", "ListRoles", "*");
    }

    [Fact]
    public void Should_populate_principal_and_request_keys_as_aws_does()
    {
        var user = world.AddUser("carol", Account, [new("team", "blue")],
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:TagUser","Resource":"arn:aws:iam::*:user/${aws:username}","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue","aws:RequestTag/env":"dev","aws:PrincipalType":"User","aws:RequestedRegion":"us-east-1","aws:SourceIp":"127.0.0.1"},"ForAllValues:StringEquals":{"aws:TagKeys":["env"]},"Null":{"aws:TokenIssueTime":"true","aws:MultiFactorAuthPresent":"true"}}}]}""");
        var resource = $"arn:aws:iam::{Account}:user/carol";
        world.Authorize(user, "iam", "TagUser", resource, ("Tags.member.1.Key", "env"), ("Tags.member.1.Value", "dev"));
        Assert.Throws<Core.Errors.AwsServiceException>(() => world.Authorize(user, "iam", "TagUser", resource, ("Tags.member.1.Key", "env"), ("Tags.member.1.Value", "prod")));
        Assert.Throws<Core.Errors.AwsServiceException>(() => world.Authorize(user, "iam", "TagUser", $"arn:aws:iam::{Account}:user/other", ("Tags.member.1.Key", "env"), ("Tags.member.1.Value", "dev")));
    }

    [Fact]
    public void Should_give_role_sessions_the_role_arn_as_principal_arn_and_no_username()
    {
        var user = world.AddUser("u");
        var condition = """{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/r"},"Null":{"aws:username":"true","aws:TokenIssueTime":"false"},"Bool":{"aws:MultiFactorAuthPresent":"false"},"StringLike":{"aws:userid":"AROA*:s1"}}""";
        var policy = PolicyDocs.Allow("iam:ListRoles").Replace("\"Resource\":\"*\"", "\"Resource\":\"*\",\"Condition\":" + condition, StringComparison.Ordinal);
        var role = world.AddRole("r", PolicyDocs.Trust(user.Arn), inlinePolicies: policy);
        world.Authorize(AssumeWith(user, role), "iam", "ListRoles", "*");
    }

    [Fact]
    public void Should_report_every_decision_to_the_explain_sink()
    {
        var sink = new RecordingSink();
        Iam.Authorization.ExplainRegistry.Attach(world.Runtime, sink);
        var user = world.AddUser("u", PolicyDocs.Deny("iam:ListRoles"));
        world.Denied(user, "iam", "ListRoles", "*");

        var decision = Assert.Single(sink.Decisions);
        Assert.Equal(("ExplicitDeny", "iam:ListRoles"), (decision.Decision, decision.Action));
        Assert.Contains("user/u/inline0/DenyIt", decision.DecidingStatements[0], StringComparison.Ordinal);
    }

    private sealed class RecordingSink : Iam.Authorization.IExplainSink
    {
        public List<Iam.Authorization.AuthorizationExplanation> Decisions { get; } = [];

        public void Decided(Iam.Authorization.AuthorizationExplanation explanation) => Decisions.Add(explanation);
    }
}
