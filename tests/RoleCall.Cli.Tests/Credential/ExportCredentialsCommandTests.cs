namespace RoleCall.Cli.Tests.Credential;

/// <summary>`configure export-credentials`: the AWS CLI v2's formats, byte for byte (awscli exportcreds.py).</summary>
public sealed class ExportCredentialsCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("process", "{\n  \"Version\": 1,\n  \"AccessKeyId\": \"ASIAROLE00000000001\",\n  \"SecretAccessKey\": \"role/secret+key\",\n  \"SessionToken\": \"role-token==\",\n  \"Expiration\": \"2030-01-02T03:04:05+00:00\"\n}\n")]
    [InlineData("env", "export AWS_ACCESS_KEY_ID=ASIAROLE00000000001\nexport AWS_SECRET_ACCESS_KEY=role/secret+key\nexport AWS_SESSION_TOKEN=role-token==\nexport AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05+00:00\n")]
    [InlineData("env-no-export", "AWS_ACCESS_KEY_ID=ASIAROLE00000000001\nAWS_SECRET_ACCESS_KEY=role/secret+key\nAWS_SESSION_TOKEN=role-token==\nAWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05+00:00\n")]
    [InlineData("powershell", "$Env:AWS_ACCESS_KEY_ID=\"ASIAROLE00000000001\"\n$Env:AWS_SECRET_ACCESS_KEY=\"role/secret+key\"\n$Env:AWS_SESSION_TOKEN=\"role-token==\"\n$Env:AWS_CREDENTIAL_EXPIRATION=\"2030-01-02T03:04:05+00:00\"\n")]
    [InlineData("windows-cmd", "set AWS_ACCESS_KEY_ID=ASIAROLE00000000001\nset AWS_SECRET_ACCESS_KEY=role/secret+key\nset AWS_SESSION_TOKEN=role-token==\nset AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05+00:00\n")]
    [InlineData("fish", "set -gx AWS_ACCESS_KEY_ID \"ASIAROLE00000000001\"\nset -gx AWS_SECRET_ACCESS_KEY \"role/secret+key\"\nset -gx AWS_SESSION_TOKEN \"role-token==\"\nset -gx AWS_CREDENTIAL_EXPIRATION \"2030-01-02T03:04:05+00:00\"\n")]
    public void Should_print_the_aws_cli_format_exactly(string format, string expected)
    {
        var (code, stdout, _) = _sandbox.Run("configure", "export-credentials", "--profile", "role", "--format", format, "--mfa-code", "123456");
        Assert.Equal((0, expected), (code, stdout));
    }

    [Fact]
    public void Should_default_to_process_and_leave_out_token_and_expiry_for_long_term_keys()
    {
        var (code, stdout, _) = _sandbox.Run("configure", "export-credentials", "--profile", "base");
        Assert.Equal((0, "{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIABASE0000000000001\",\n  \"SecretAccessKey\": \"base/secret\"\n}\n"), (code, stdout));
    }

    [Fact]
    public void Should_print_version_1_json_with_the_account_for_credential_process()
    {
        var (code, stdout, _) = _sandbox.Run("credential-process", "--profile", "role", "--mfa-code", "123456");
        Assert.Equal(0, code);
        Assert.EndsWith("\"Expiration\": \"2030-01-02T03:04:05+00:00\",\n  \"AccountId\": \"123456789012\"\n}\n", stdout, StringComparison.Ordinal);
    }
}
