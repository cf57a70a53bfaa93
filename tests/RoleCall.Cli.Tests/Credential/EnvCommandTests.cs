namespace RoleCall.Cli.Tests.Credential;

public sealed class EnvCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Should_prompt_for_mfa_on_stderr_once_and_reuse_the_cached_session()
    {
        var first = _sandbox.RunWithInput("123456\n", "env", "role");
        Assert.Equal(0, first.Code);
        // From a pipe the prompt's line is ended after the answer, as getpass ends it (tutorial 004).
        Assert.Equal("Enter MFA code for arn:aws:iam::123456789012:mfa/alice: \n", first.Err);
        Assert.DoesNotContain("Enter MFA", first.Out, StringComparison.Ordinal);

        var second = _sandbox.Run("env", "role");
        Assert.Equal((0, first.Out, string.Empty), second);
        Assert.Single(_sandbox.Sts.Calls);
        Assert.Equal("AssumeRole arn:aws:iam::123456789012:role/Admin botocore-session-1893456000 by AKIABASE0000000000001 mfa=123456", _sandbox.Sts.Calls[0]);
    }

    [Fact]
    public void Should_take_the_mfa_code_from_the_flag_or_ROLECALL_MFA_CODE_without_prompting()
    {
        Assert.Equal((0, string.Empty), Pick(_sandbox.Run("env", "role", "--mfa-code", "111111")));
        _sandbox.Run("cache", "clear");
        _sandbox.Environment["ROLECALL_MFA_CODE"] = "222222";
        Assert.Equal((0, string.Empty), Pick(_sandbox.Run("env", "role")));
        Assert.EndsWith("mfa=222222", _sandbox.Sts.Calls[1], StringComparison.Ordinal);

        static (int, string) Pick((int Code, string Out, string Err) r) => (r.Code, r.Err);
    }

    [Theory]
    [InlineData("bash", """
        export AWS_ACCESS_KEY_ID='ASIAROLE00000000001'
        export AWS_SECRET_ACCESS_KEY='role/secret+key'
        export AWS_SESSION_TOKEN='role-token=='
        export AWS_CREDENTIAL_EXPIRATION='2030-01-02T03:04:05Z'
        export AWS_REGION='eu-west-1'
        export AWS_DEFAULT_REGION='eu-west-1'
        export ROLECALL_PROFILE='role'

        """)]
    [InlineData("fish", """
        set -gx AWS_ACCESS_KEY_ID 'ASIAROLE00000000001';
        set -gx AWS_SECRET_ACCESS_KEY 'role/secret+key';
        set -gx AWS_SESSION_TOKEN 'role-token==';
        set -gx AWS_CREDENTIAL_EXPIRATION '2030-01-02T03:04:05Z';
        set -gx AWS_REGION 'eu-west-1';
        set -gx AWS_DEFAULT_REGION 'eu-west-1';
        set -gx ROLECALL_PROFILE 'role';

        """)]
    [InlineData("powershell", """
        $Env:AWS_ACCESS_KEY_ID = 'ASIAROLE00000000001'
        $Env:AWS_SECRET_ACCESS_KEY = 'role/secret+key'
        $Env:AWS_SESSION_TOKEN = 'role-token=='
        $Env:AWS_CREDENTIAL_EXPIRATION = '2030-01-02T03:04:05Z'
        $Env:AWS_REGION = 'eu-west-1'
        $Env:AWS_DEFAULT_REGION = 'eu-west-1'
        $Env:ROLECALL_PROFILE = 'role'

        """)]
    [InlineData("dotenv", """
        AWS_ACCESS_KEY_ID=ASIAROLE00000000001
        AWS_SECRET_ACCESS_KEY=role/secret+key
        AWS_SESSION_TOKEN=role-token==
        AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05Z
        AWS_REGION=eu-west-1
        AWS_DEFAULT_REGION=eu-west-1
        ROLECALL_PROFILE=role

        """)]
    [InlineData("json", """
        {
          "AWS_ACCESS_KEY_ID": "ASIAROLE00000000001",
          "AWS_SECRET_ACCESS_KEY": "role/secret+key",
          "AWS_SESSION_TOKEN": "role-token==",
          "AWS_CREDENTIAL_EXPIRATION": "2030-01-02T03:04:05Z",
          "AWS_REGION": "eu-west-1",
          "AWS_DEFAULT_REGION": "eu-west-1",
          "ROLECALL_PROFILE": "role"
        }

        """)]
    public void Should_print_each_format_exactly(string format, string expected)
    {
        var (code, stdout, _) = _sandbox.Run("env", "role", "--format", format, "--mfa-code", "123456");
        Assert.Equal((0, expected), (code, stdout));
    }

    [Fact]
    public void Should_print_cmd_assignments_with_crlf()
    {
        var (_, stdout, _) = _sandbox.Run("env", "role", "--format", "cmd", "--mfa-code", "123456");
        Assert.StartsWith("set \"AWS_ACCESS_KEY_ID=ASIAROLE00000000001\"\r\nset \"AWS_SECRET_ACCESS_KEY=role/secret+key\"\r\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_unset_the_session_variables_for_long_term_keys()
    {
        var (code, stdout, _) = _sandbox.Run("env", "base");
        Assert.Equal(0, code);
        Assert.Contains("unset AWS_SESSION_TOKEN\nunset AWS_CREDENTIAL_EXPIRATION\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_with_a_hint_when_the_profile_has_no_credentials()
    {
        var (code, stdout, stderr) = _sandbox.Run("env", "nokeys");
        Assert.Equal((253, string.Empty), (code, stdout));
        Assert.Contains("Unable to locate credentials", stderr, StringComparison.Ordinal);
        Assert.Contains("hint:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_chain_in_a_source_profile_cycle()
    {
        using var sandbox = new CliSandbox("[profile a]\nrole_arn = arn:aws:iam::1:role/A\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/B\nsource_profile = a\n");
        var (code, _, stderr) = sandbox.Run("env", "a");
        Assert.Equal(253, code);
        Assert.Contains("a -> b -> a", stderr, StringComparison.Ordinal);
    }
}
