using RoleCall.Cli.Tests.Configure;

namespace RoleCall.Cli.Tests.Credential;

/// <summary>
/// Tutorial 004: a role profile in the credentials file with `mfa_serial`, and the code typed empty or too short
/// from a pipe. The AWS CLI v1 and v2 read it with getpass and botocore refuses it before any call (TokenCode's
/// minimum length is 6): `Parameter validation failed:` and the length, exit 252 (v2). rolecall prints the same
/// prompt and words with the AWS CLI v2's exit code, then its hint, and calls nothing either. The AWS CLI runs
/// under `setsid`, so that getpass cannot open a terminal of the test runner and reads stdin as rolecall does.
/// </summary>
public sealed class MfaCodeDifferentialTests : IDisposable
{
    private const string Serial = "arn:aws:iam::123456789012:mfa/user101";

    private readonly ConfigureHarness _cli = new();

    public MfaCodeDifferentialTests()
    {
        _cli.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        _cli.WriteCredentials($"""
            [user101]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            region = us-east-1
            output = json

            [role101]
            role_arn = arn:aws:iam::123456789012:role/role101
            mfa_serial = {Serial}
            output = json
            source_profile = user101

            """);
    }

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("\n", 0)]
    [InlineData("12345\n", 5)]
    public void Should_refuse_an_empty_or_short_code_before_any_call_as_the_aws_cli_does(string typed, int length)
    {
        string[] args = ["sts", "get-caller-identity", "--profile", "role101", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9"];
        // The prompt's line ends after the answer (getpass's newline), then the AWS CLI's blank line and botocore's words.
        var refusal = $"Enter MFA code for {Serial}: \n\nParameter validation failed:\nInvalid length for parameter TokenCode, value: {length}, valid min length: 6\n";

        var v2 = _cli.AwsWithInput("setsid", typed, ["-w", ConfigureHarness.AwsV2Program, .. args]);
        var v1 = _cli.AwsWithInput("setsid", typed, ["-w", "aws", .. args]);
        var ours = _cli.RunAnyWithInput(typed, args);

        // getpass warns that it cannot hide the input before its prompt; what follows is the contract.
        Assert.Equal((252, string.Empty, refusal), (v2.Code, v2.Out, v2.Err[v2.Err.IndexOf("Enter MFA", StringComparison.Ordinal)..]));
        Assert.Equal((255, string.Empty, refusal), (v1.Code, v1.Out, v1.Err[v1.Err.IndexOf("Enter MFA", StringComparison.Ordinal)..]));
        Assert.Equal((252, string.Empty, refusal), (ours.Code, ours.Out, WithoutHint(ours.Err)));
        Assert.Contains("\nhint: the MFA code for " + Serial, ours.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.AwsDirectory, "cli", "cache")), "nothing is cached");
    }

    private static string WithoutHint(string err) =>
        string.Concat(err.Split('\n').Where(l => !l.StartsWith("hint: ", StringComparison.Ordinal)).Select(l => l + "\n"))[..^1];
}
