using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.EndToEnd.Tests.Sts.Support;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 16 (1): the AWS CLI v1 is the judge of what each command line puts on the wire. The same arguments go
/// to `aws` and to `rolecall` against a server that records the form parameters; they must be the same set.
/// `--policy-arns arn=A` once went out as `PolicyArns.member.1=A` (botocore: `PolicyArns.member.1.arn=A`), which
/// AWS reads as no session policy at all. Every list and structure parameter of the sts commands is here in
/// shorthand and in JSON, with the iam commands' list-of-structure parameters.
/// </summary>
public sealed class StsWireFormDifferentialTests
{
    private const string Role = "arn:aws:iam::123456789012:role/wire";
    private const string Mfa = "arn:aws:iam::123456789012:mfa/wire";
    private const string S3 = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
    private const string Iam = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

    public static TheoryData<string[]> CommandLines() => new(
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "wire", "--policy-arns", $"arn={S3}", $"arn={Iam}"],
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "wire", "--policy-arns", $"[{{\"arn\": \"{S3}\"}}, {{\"arn\": \"{Iam}\"}}]"],
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "wire", "--duration-seconds", "900", "--external-id", "ext-1",
            "--serial-number", Mfa, "--token-code", "123456", "--policy", "{\"Version\": \"2012-10-17\"}", "--source-identity", "src-1",
            "--tags", "Key=team,Value=blue", "Key=env,Value=dev", "--transitive-tag-keys", "team", "env"],
        ["sts", "assume-role", "--role-arn", Role, "--role-session-name", "wire", "--tags", "[{\"Key\": \"team\", \"Value\": \"blue\"}]"],
        ["sts", "get-federation-token", "--name", "fed", "--policy-arns", $"arn={S3}", "--tags", "Key=team,Value=blue", "--duration-seconds", "900",
            "--policy", "{\"Version\": \"2012-10-17\"}"],
        ["sts", "get-federation-token", "--name", "fed", "--policy-arns", $"[{{\"arn\": \"{Iam}\"}}]"],
        ["sts", "get-session-token", "--duration-seconds", "900", "--serial-number", Mfa, "--token-code", "123456"],
        ["sts", "get-caller-identity"],
        ["sts", "get-access-key-info", "--access-key-id", "AKIAIOSFODNN7EXAMPLE"],
        ["iam", "create-role", "--role-name", "wire", "--assume-role-policy-document", "{}", "--tags", "Key=team,Value=blue", "Key=env,Value=dev"],
        ["iam", "untag-role", "--role-name", "wire", "--tag-keys", "team", "env"],
        ["iam", "simulate-custom-policy", "--policy-input-list", "{}", "--action-names", "s3:GetObject", "s3:PutObject",
            "--resource-arns", "arn:aws:s3:::b/k", "--context-entries", "ContextKeyName=aws:username,ContextKeyValues=bob,alice,ContextKeyType=stringList"],
        ["iam", "simulate-principal-policy", "--policy-source-arn", Role, "--action-names", "iam:ListRoles",
            "--context-entries", "[{\"ContextKeyName\": \"aws:MultiFactorAuthPresent\", \"ContextKeyValues\": [\"true\"], \"ContextKeyType\": \"boolean\"}]"]);

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task Should_put_on_the_wire_what_the_aws_cli_puts(string[] commandLine)
    {
        await using var server = new CapturingQueryServer();
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, new AwsCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

        await tools.AwsAsync(commandLine);
        var aws = Assert.Single(server.Take());
        await tools.RolecallAsync(commandLine);
        var rolecall = Assert.Single(server.Take());

        Assert.True(aws.SequenceEqual(rolecall),
            $"{string.Join(' ', commandLine)}\n--- aws\n{string.Join('\n', aws)}\n--- rolecall\n{string.Join('\n', rolecall)}");
    }
}
