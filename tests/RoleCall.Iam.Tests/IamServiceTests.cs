using RoleCall.Core.Errors;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests;

public sealed class IamServiceTests
{
    [Fact]
    public void Should_answer_InvalidAction_for_an_unknown_action()
    {
        using var iam = new IamHarness();

        var error = iam.Fails("CreateUnicorn");

        Assert.Equal(("InvalidAction", 400), (error.Code, error.HttpStatus));
        Assert.Equal("Could not find operation CreateUnicorn for version 2010-05-08", error.Message);
    }

    [Fact]
    public void Should_say_that_serve_does_not_implement_an_IAM_operation_AWS_has()
    {
        using var iam = new IamHarness();

        var error = iam.Fails("ListSAMLProviders");

        Assert.Equal(("InvalidAction", 400), (error.Code, error.HttpStatus));
        Assert.Equal("rolecall serve does not implement the IAM action ListSAMLProviders; docs/readme/iam.md lists the actions it answers.", error.Message);
    }

    [Fact]
    public void Should_authorize_the_policy_action_on_the_resource_before_running_the_handler()
    {
        var authorizer = new RecordingAuthorizer { Deny = true };
        using var iam = new IamHarness(authorizer);

        Assert.Equal("AccessDenied", iam.Fails("CreateUser", ("UserName", "x"), ("Path", "/p/")).Code);
        Assert.Equal(("iam:CreateUser", "arn:aws:iam::123456789012:user/p/x"), authorizer.Seen.Single());
        Assert.Null(iam.Store.FindEntity(IamHarness.Account, EntityKind.User, "x"));
    }

    [Fact]
    public void Should_keep_accounts_apart()
    {
        using var iam = new IamHarness();
        var other = iam.Service.CreateAccount("210987654321");
        var otherRoot = iam.Service.FindSigningKey(other.AccessKeyId)!.Caller;
        iam.Call("CreateUser", ("UserName", "shared-name"));

        iam.CallAs(otherRoot, "CreateUser", ("UserName", "shared-name"));
        var listed = iam.CallAs(otherRoot, "ListUsers")!.Members("Users").Single();

        Assert.Equal("arn:aws:iam::210987654321:user/shared-name", listed.Text("Arn"));
        Assert.True(other.Generated);
        Assert.Equal("210987654321", RoleCall.Core.Identity.AccessKeyIds.AccountOf(other.AccessKeyId));
    }

    [Fact]
    public void Should_bootstrap_an_account_with_given_root_keys_idempotently()
    {
        using var iam = new IamHarness();

        var first = iam.Service.CreateAccount("111122223333", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        var again = iam.Service.CreateAccount("111122223333");

        Assert.False(first.Generated);
        Assert.Equal(("AKIAIOSFODNN7EXAMPLE", false), (again.AccessKeyId, again.Generated));
        Assert.Equal(PrincipalKind.Root, iam.Service.FindSigningKey("AKIAIOSFODNN7EXAMPLE")!.Caller.Kind);
        Assert.Throws<ConfigurationException>(() => iam.Service.CreateAccount("12345"));
    }

    [Fact]
    public void Should_register_each_action_once_with_its_iam_policy_action()
    {
        using var iam = new IamHarness();

        var handlers = iam.Service.Registry.Handlers.Where(h => h.Service == "iam").ToList();

        Assert.True(handlers.Count >= 70, $"only {handlers.Count} IAM actions");
        Assert.All(handlers, h => Assert.Equal($"iam:{h.Action}", h.PolicyAction));
        Assert.False(handlers.Single(h => h.Action == "ListRoles").Mutates);
        Assert.True(handlers.Single(h => h.Action == "AttachRolePolicy").Mutates);
    }

    [Fact]
    public void Should_register_every_handler_type_of_the_service()
    {
        using var iam = new IamHarness();
        var handlerTypes = typeof(IamService).Assembly.GetTypes()
            .Where(t => typeof(IActionHandler).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

        var registered = iam.Service.Registry.Handlers.Select(h => h.GetType()).ToHashSet();

        Assert.All(handlerTypes, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void Should_deny_a_user_without_policies_when_no_authorizer_is_given()
    {
        // issue 17: the service's only authorizer enforces policies; there is no allow-all default.
        using var iam = new IamHarness();
        var nobody = iam.UserCaller("nobody");

        var error = Assert.Throws<AwsServiceException>(() => iam.CallAs(nobody, "ListRoles"));

        Assert.Equal("AccessDenied", error.Code);
        Assert.Contains("iam:ListRoles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_pass_actions_without_a_policy_check_through_the_authorizer_too()
    {
        // GetCallerIdentity and AssumeRole need no identity-policy permission, but session-type limits still apply.
        var authorizer = new RecordingAuthorizer();
        using var iam = new IamHarness(authorizer);

        iam.Service.Execute(iam.Root, new RoleCall.Protocol.Query.QueryRequest("sts", "GetCallerIdentity", "2011-06-15", new Dictionary<string, string>()), new RequestInfo("127.0.0.1", false, "us-east-1", "r"));

        Assert.Equal(("sts:GetCallerIdentity", "*"), authorizer.Seen.Single());
    }

    [Fact]
    public void Should_keep_names_unique_under_concurrent_creates()
    {
        using var iam = new IamHarness();

        var outcomes = Enumerable.Range(0, 40).AsParallel().Select(i =>
        {
            try
            {
                iam.Call("CreateUser", ("UserName", $"user-{i % 10}"));
                return "ok";
            }
            catch (AwsServiceException e)
            {
                return e.Code;
            }
        }).ToList();

        Assert.Equal(10, outcomes.Count(o => o == "ok"));
        Assert.Equal(30, outcomes.Count(o => o == "EntityAlreadyExists"));
    }

    private sealed class RecordingAuthorizer : IRequestAuthorizer
    {
        public List<(string, string)> Seen { get; } = [];

        public bool Deny { get; init; }

        public void Authorize(ActionContext context, IActionHandler handler, string resourceArn)
        {
            Seen.Add((handler.PolicyAction, resourceArn));
            if (Deny)
            {
                throw AwsServiceException.AccessDenied($"User: {context.Caller.Arn} is not authorized to perform: {handler.PolicyAction} on resource: {resourceArn}");
            }
        }
    }
}
