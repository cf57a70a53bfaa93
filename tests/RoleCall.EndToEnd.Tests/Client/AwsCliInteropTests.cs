using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// rolecall and the real AWS CLI over one config and one ~/.aws/cli/cache, against moto_server: a role with
/// source_profile, mfa_serial and external_id prompts once, and each tool reuses the other's cached session.
/// </summary>
public sealed partial class AwsCliInteropTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private const string Prompt = "Enter MFA code for arn:aws:iam::123456789012:mfa/alice: ";

    private readonly ClientSandbox _sandbox = new(moto.Endpoint, $"""
        [profile base]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
        region = us-east-1

        [profile role]
        role_arn = arn:aws:iam::123456789012:role/Admin
        source_profile = base
        mfa_serial = arn:aws:iam::123456789012:mfa/alice
        external_id = xyz
        region = us-east-1

        [profile viaprocess]
        credential_process = {ClientSandbox.RolecallCommand} credential-process --profile role --mfa-code 123456
        region = us-east-1

        """);

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Should_prompt_once_and_let_the_aws_cli_reuse_rolecalls_session()
    {
        var first = _sandbox.Rolecall("123456\n", "sts", "get-caller-identity", "--profile", "role");
        Assert.True(first.Code == 0, first.Err);
        // From a pipe the prompt's line ends after the answer, as getpass ends it.
        Assert.Equal(Prompt + "\n", first.Err);
        var arn = Arn(first.Out);
        Assert.Matches("^arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-[0-9]+$", arn);

        var second = _sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "role");
        Assert.Equal((0, string.Empty), (second.Code, second.Err));
        Assert.Equal(arn, Arn(second.Out));

        // No input and no terminal: the AWS CLI can only succeed from the cache rolecall wrote.
        var aws = _sandbox.Aws(string.Empty, "sts", "get-caller-identity", "--profile", "role");
        Assert.True(aws.Code == 0, aws.Err);
        Assert.Equal(arn, Arn(aws.Out));
    }

    [Fact]
    public void Should_reuse_the_session_the_aws_cli_cached_without_prompting()
    {
        var aws = _sandbox.Aws("654321\n", "sts", "get-caller-identity", "--profile", "role");
        Assert.True(aws.Code == 0, aws.Err);
        Assert.Single(Directory.GetFiles(_sandbox.CacheDirectory));

        var mine = _sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "role");
        Assert.Equal((0, string.Empty), (mine.Code, mine.Err));
        Assert.Equal(Arn(aws.Out), Arn(mine.Out));
    }

    [Fact]
    public void Should_give_the_aws_cli_the_session_through_eval_of_rolecall_env()
    {
        var env = _sandbox.Rolecall(string.Empty, "env", "role", "--mfa-code", "123456");
        Assert.True(env.Code == 0, env.Err);
        var result = _sandbox.Process(string.Empty, "bash", "-c", env.Out + "\nunset AWS_PROFILE\naws sts get-caller-identity");
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains(":assumed-role/Admin/", Arn(result.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_serve_the_aws_cli_through_credential_process()
    {
        var result = _sandbox.Aws(string.Empty, "sts", "get-caller-identity", "--profile", "viaprocess");
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains(":assumed-role/Admin/", Arn(result.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_get_caller_identity_byte_for_byte_as_the_aws_cli()
    {
        var aws = _sandbox.Aws(string.Empty, "sts", "get-caller-identity", "--profile", "base");
        var mine = _sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "base");
        Assert.True(aws.Code == 0, aws.Err);
        Assert.Equal((0, aws.Out), (mine.Code, mine.Out));
    }

    [Theory]
    [InlineData("assume-role", "--role-arn", "arn:aws:iam::123456789012:role/Admin", "--role-session-name", "s1", "--duration-seconds", "900", "--external-id", "xyz")]
    [InlineData("get-session-token", "--duration-seconds", "900")]
    [InlineData("get-federation-token", "--name", "bob")]
    [InlineData("get-access-key-info", "--access-key-id", "AKIAIOSFODNN7EXAMPLE")]
    public void Should_print_the_same_json_shape_as_the_aws_cli(params string[] command)
    {
        string[] args = ["sts", .. command, "--profile", "base"];
        var aws = _sandbox.Aws(string.Empty, args);
        var mine = _sandbox.Rolecall(string.Empty, args);
        Assert.True(aws.Code == 0, aws.Err);
        Assert.True(mine.Code == 0, mine.Err);
        // moto issues fresh credentials each call: compare with the issued values masked.
        Assert.Equal(Mask(aws.Out), Mask(mine.Out));
    }

    private static string Arn(string json) => JsonNode.Parse(json)!["Arn"]!.GetValue<string>();

    private static string Mask(string json) => Issued().Replace(json, m => $"\"{m.Groups[1].Value}\": \"*\"");

    [GeneratedRegex("\"(AccessKeyId|SecretAccessKey|SessionToken|Expiration|AssumedRoleId|FederatedUserId)\": \"[^\"]*\"")]
    private static partial Regex Issued();
}
