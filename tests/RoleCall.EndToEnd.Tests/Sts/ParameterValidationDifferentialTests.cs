using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.EndToEnd.Tests.Sts.Support;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 16 (4): botocore's client-side parameter validation, judged by the AWS CLI v2 (/usr/bin/aws) on the
/// same command lines. A value under the service model's `min` stops both tools before the call with
/// botocore's report ("Parameter validation failed:" and one line per problem) and exit 252; nothing reaches
/// the server.
/// </summary>
public sealed class ParameterValidationDifferentialTests
{
    private const string Role = "arn:aws:iam::123456789012:role/example-role";

    public static TheoryData<string[]> CommandLines() => new(
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "d"],
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "ok", "--duration-seconds", "600"],
        ["sts", "assume-role", "--role-arn", "arn:aws:iam::1:role/r", "--role-session-name", "d", "--duration-seconds", "1", "--policy-arns", "arn=arn:x",
            "--tags", "Key=,Value=v", "--transitive-tag-keys", "", "--external-id", "e", "--serial-number", "arn:mfa", "--token-code", "1",
            "--source-identity", "s", "--policy", ""],
        ["sts", "get-session-token", "--duration-seconds", "100", "--serial-number", "x", "--token-code", "12345"],
        ["sts", "get-federation-token", "--name", "f", "--duration-seconds", "899", "--policy-arns", "[{\"arn\": \"short\"}]"],
        ["sts", "get-access-key-info", "--access-key-id", "AKIA"],
        ["iam", "get-user", "--user-name", ""],
        ["iam", "list-users", "--path-prefix", ""],
        ["iam", "create-user", "--user-name", "u", "--tags", "Key=,Value=v"],
        ["iam", "create-role", "--role-name", "", "--assume-role-policy-document", "", "--max-session-duration", "1"],
        ["iam", "simulate-custom-policy", "--policy-input-list", "{}", "--action-names", "s3:GetObject",
            "--context-entries", "ContextKeyName=,ContextKeyValues=a,ContextKeyType=string"]);

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task Should_stop_a_parameter_under_its_minimum_as_the_aws_cli_v2_does(string[] commandLine)
    {
        await using var server = new CapturingQueryServer();
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, new AwsCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

        var aws = await tools.AwsV2Async(commandLine);
        var rolecall = await tools.RolecallAsync(commandLine);

        Assert.True(aws.ExitCode == 252, $"aws v2 exited {aws.ExitCode}: {aws.Stderr}");
        Assert.StartsWith("\nParameter validation failed:\n", aws.Stderr, StringComparison.Ordinal);
        var rolecallReport = string.Join('\n', rolecall.Stderr.Split('\n').Where(l => !l.StartsWith("hint: ", StringComparison.Ordinal)));
        Assert.True((aws.ExitCode, aws.Stderr) == (rolecall.ExitCode, rolecallReport),
            $"{string.Join(' ', commandLine)}\n--- aws v2 ({aws.ExitCode})\n{aws.Stderr}\n--- rolecall ({rolecall.ExitCode})\n{rolecall.Stderr}");
        Assert.Empty(server.Take());
    }
}
