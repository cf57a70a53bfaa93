using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Explain;

/// <summary>Issue 4: `aws iam simulate-custom-policy` (the real AWS CLI v1) against `rolecall serve` decides as AWS's simulator.</summary>
public sealed class SimulateCustomPolicyTests
{
    private const string Policy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"ReadWithMfa","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*",
           "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}},
          {"Sid":"NeverSecrets","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::bucket/secret/*"}]}
        """;

    [Theory]
    [InlineData("arn:aws:s3:::bucket/report.csv", "true", "allowed")]
    [InlineData("arn:aws:s3:::bucket/report.csv", "false", "implicitDeny")]
    [InlineData("arn:aws:s3:::bucket/secret/key", "true", "explicitDeny")]
    public async Task Should_return_the_simulators_decision_to_the_aws_cli(string resource, string mfa, string expected)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        var run = await tools.AwsAsync(
        [
            "iam", "simulate-custom-policy", "--policy-input-list", Policy, "--action-names", "s3:GetObject",
            "--resource-arns", resource,
            "--context-entries", $"ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues={mfa},ContextKeyType=boolean",
            "--query", "EvaluationResults[0].EvalDecision", "--output", "text",
        ]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(expected, run.Stdout.Trim());
    }

    [Fact]
    public async Task Should_name_the_matched_statement_and_the_missing_context_key()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        var run = await tools.AwsAsync(
        [
            "iam", "simulate-custom-policy", "--policy-input-list", Policy, "--action-names", "s3:GetObject",
            "--resource-arns", "arn:aws:s3:::bucket/secret/key", "arn:aws:s3:::bucket/a",
            "--query", "EvaluationResults[*].[EvalResourceName, EvalDecision, length(MatchedStatements), join(',', MissingContextValues)]",
            "--output", "text",
        ]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        // The MFA statement applies to both resources (bucket/* covers secret/key), so its key is missing for both.
        Assert.Equal("arn:aws:s3:::bucket/secret/key\texplicitDeny\t1\taws:MultiFactorAuthPresent\narn:aws:s3:::bucket/a\timplicitDeny\t0\taws:MultiFactorAuthPresent\n", run.Stdout.Replace("\r", "", StringComparison.Ordinal));
    }
}
