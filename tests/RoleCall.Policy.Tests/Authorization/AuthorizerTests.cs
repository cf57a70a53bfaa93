using RoleCall.Policy.Authorization;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Authorization;

/// <summary>The authorizer's contract beyond the scenario corpus: reasons, messages, allocation, reuse.</summary>
public sealed class AuthorizerTests
{
    private const string Account = "111122223333";
    private static readonly RequestPrincipal Alice = RequestPrincipal.User($"arn:aws:iam::{Account}:user/alice", Account, "AIDAEXAMPLEALICE00001");

    private static Model.CompiledPolicy Compile(string statements, PolicyKind kind = PolicyKind.Identity, string id = "p") =>
        PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":[{{statements}}]}""", kind, id).GetPolicyOrThrow();

    [Fact]
    public void Should_allocate_nothing_on_the_allow_path()
    {
        var policy = Compile("""
            {"Sid":"Deny","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"},
            {"Sid":"Home","Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"arn:aws:s3:::bucket/home/${aws:username}/*",
             "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"ForAllValues:StringLike":{"aws:TagKeys":["team*"]},
                          "DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"},"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"},
                          "ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"},"Bool":{"aws:SecureTransport":"true"}}}
            """);
        var context = new RequestContext(Alice, "s3:GetObject", "arn:aws:s3:::bucket/home/alice/notes.txt")
            .Set("aws:username", "alice").Set("aws:SourceIp", "10.1.2.3").SetValues("aws:TagKeys", ["team", "team-x"])
            .Set("aws:CurrentTime", "2026-01-01T00:00:00Z").Set("aws:MultiFactorAuthAge", "30")
            .Set("aws:PrincipalArn", Alice.Arn).Set("aws:SecureTransport", "true");
        var request = new AuthorizationRequest { Context = context, IdentityPolicies = [policy] };
        Assert.True(Authorizer.Authorize(request).IsAllowed); // warm-up: caches and JIT

        // Steady state: the runtime may allocate on this thread while it moves a method to its next tier (a
        // fresh clone's CI saw 344 bytes in one window of 100 calls, once in many runs), so one of several
        // windows must allocate nothing; a path that allocates on every call fails them all.
        var windows = new List<long>();
        for (var window = 0; window < 5; window++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                Assert.True(Authorizer.Authorize(request).IsAllowed);
            }

            windows.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(windows.Contains(0), $"bytes allocated per window of 100 calls: {string.Join(", ", windows)}");
    }

    [Theory]
    [InlineData(DenialReason.NoIdentityPolicyAllows, " because no identity-based policy allows the iam:CreateUser action")]
    [InlineData(DenialReason.ExplicitDenyInIdentityPolicy, " with an explicit deny in an identity-based policy")]
    [InlineData(DenialReason.NoPermissionsBoundaryAllows, " because no permissions boundary allows the iam:CreateUser action")]
    [InlineData(DenialReason.NoSessionPolicyAllows, " because no session policy allows the iam:CreateUser action")]
    public void Should_word_access_denied_as_aws_does(DenialReason reason, string tail)
    {
        var result = new AuthorizationResult(Decision.ImplicitDeny, reason, null, null);
        Assert.Equal($"User: {Alice.Arn} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::{Account}:user/bob{tail}",
            AccessDeniedMessage.For(result, Alice.Arn, "iam:CreateUser", $"arn:aws:iam::{Account}:user/bob"));
    }

    [Fact]
    public void Should_report_every_matched_statement_when_asked()
    {
        var identity = Compile("""{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"B","Effect":"Allow","Action":"s3:*","Resource":"*"}""");
        var boundary = Compile("""{"Sid":"C","Effect":"Allow","Action":"s3:Get*","Resource":"*"}""", PolicyKind.Boundary, "b");
        var matched = new List<MatchedStatement>();
        var result = Authorizer.Authorize(new AuthorizationRequest
        {
            Context = new RequestContext(Alice, "s3:GetObject", "arn:aws:s3:::b/k"),
            IdentityPolicies = [identity],
            PermissionsBoundary = boundary,
        }, matched);
        Assert.Equal(Decision.Allow, result.Decision);
        Assert.Equal(["Identity p/A (Allow)", "Identity p/B (Allow)", "PermissionsBoundary b/C (Allow)"], matched.Select(m => m.ToString()));
    }

    [Theory]
    [InlineData("s3:GetObject", "Allow", "p/Wild")]
    [InlineData("S3:GETOBJECT", "Allow", "p/Wild")]
    [InlineData("sqs:SendMessage", "Allow", "p/Wild")]
    [InlineData("iam:CreateUser", "ExplicitDeny", "p/NotIam")]
    [InlineData("ec2:RunInstances", "ExplicitDeny", "p/NotIam")]
    public void Should_skip_statements_by_service_without_changing_decisions(string action, string decision, string deciding)
    {
        // Statements in document order: a service-wildcard allow, a NotAction deny, plain per-service statements.
        var policy = Compile("""
            {"Sid":"Wild","Effect":"Allow","Action":["s*:*"],"Resource":"*"},
            {"Sid":"NotIam","Effect":"Deny","NotAction":["s3:*","sqs:*"],"Resource":"*"},
            {"Sid":"S3","Effect":"Allow","Action":"s3:Get*","Resource":"*"},
            {"Sid":"Iam","Effect":"Allow","Action":"IAM:*","Resource":"*"}
            """);
        var result = Authorizer.Authorize(new AuthorizationRequest { Context = new RequestContext(Alice, action, "*"), IdentityPolicies = [policy] });
        Assert.Equal(decision, result.Decision.ToString());
        Assert.Equal(deciding, $"{result.DecidingStatement!.Value.PolicyId}/{result.DecidingStatement.Value.Statement.DisplayName}");
    }

    [Fact]
    public void Should_default_to_implicit_deny()
    {
        Assert.Equal(Decision.ImplicitDeny, default(AuthorizationResult).Decision);
        Assert.False(default(AuthorizationResult).IsAllowed);
    }

    [Fact]
    public void Should_be_safe_to_share_compiled_policies_across_threads()
    {
        var policy = Compile("""{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:username}/*"}""");
        var failures = 0;
        Parallel.For(0, 2000, i =>
        {
            var name = $"user{i % 7}";
            var context = new RequestContext(Alice, "s3:GetObject", $"arn:aws:s3:::b/{name}/k").Set("aws:username", i % 2 == 0 ? name : "other");
            var allowed = Authorizer.Authorize(new AuthorizationRequest { Context = context, IdentityPolicies = [policy] }).IsAllowed;
            if (allowed != (i % 2 == 0))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
