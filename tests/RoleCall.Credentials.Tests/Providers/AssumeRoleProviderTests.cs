using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Providers;
using RoleCall.Credentials.Sts;
using RoleCall.Credentials.Tests.Support;

namespace RoleCall.Credentials.Tests.Providers;

public sealed class AssumeRoleProviderTests
{
    private static readonly ManualClock Clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private static readonly AwsServiceException WrongCode = new("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code.", 403, requestId: "r-1");

    private static AssumeRoleProvider Provider(FakeSts sts, IMfaTokenSource mfa, AssumeRoleOptions? options = null) =>
        new("role", new StaticKeysProvider("base", new AwsCredentials("AKIA", "s"), StaticKeysProvider.ConfigFileMethod, Clock),
            options ?? new AssumeRoleOptions("arn:aws:iam::1:role/R", MfaSerial: "arn:aws:iam::1:mfa/u", ExternalId: "xyz"), false, sts, mfa, Clock);

    [Fact]
    public async Task Should_name_the_session_botocore_session_unix_seconds_when_none_is_configured()
    {
        var sts = new FakeSts(Clock);
        await Provider(sts, new FixedMfaTokenSource("111111")).ResolveAsync(default);
        var call = (AssumeRoleRequest)sts.Calls[0].Request;
        Assert.Equal(("botocore-session-1800000000", "xyz", "arn:aws:iam::1:mfa/u", "111111"), (call.RoleSessionName, call.ExternalId, call.SerialNumber, call.TokenCode));
    }

    [Fact]
    public async Task Should_ask_again_after_a_wrong_code_at_a_terminal_up_to_three_times()
    {
        var sts = new FakeSts(Clock);
        sts.Failures.Enqueue(WrongCode);
        sts.Failures.Enqueue(WrongCode);
        var mfa = new ScriptedMfa(true, "111111", "222222", "333333");
        await Provider(sts, mfa).ResolveAsync(default);
        Assert.Equal(3, mfa.Prompts.Count);
    }

    [Fact]
    public async Task Should_ask_again_after_a_code_sts_finds_malformed()
    {
        var sts = new FakeSts(Clock);
        sts.Failures.Enqueue(new AwsServiceException("ValidationError", "1 validation error detected: Value '12345a' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*", 400));
        var mfa = new ScriptedMfa(true, "12345a", "123456");
        await Provider(sts, mfa).ResolveAsync(default);
        Assert.Equal(2, mfa.Prompts.Count);
        Assert.Equal("123456", ((AssumeRoleRequest)sts.Calls[^1].Request).TokenCode);
    }

    [Fact]
    public async Task Should_ask_again_without_calling_sts_after_a_short_or_empty_code_at_a_terminal()
    {
        var sts = new FakeSts(Clock);
        var mfa = new ScriptedMfa(true, "12345", "", "123456");
        await Provider(sts, mfa).ResolveAsync(default);
        Assert.Equal(3, mfa.Prompts.Count);
        Assert.Equal("123456", ((AssumeRoleRequest)Assert.Single(sts.Calls).Request).TokenCode);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("12345", 5)]
    public async Task Should_refuse_a_short_code_from_a_pipe_in_botocores_words_before_calling_sts(string typed, int length)
    {
        // The AWS CLI (getpass, then botocore's validation of TokenCode's min length 6) stops with exit 252.
        var sts = new FakeSts(Clock);
        var error = await Assert.ThrowsAsync<ParameterValidationException>(async () => await Provider(sts, new ScriptedMfa(false, typed)).ResolveAsync(default));
        Assert.Equal($"Parameter validation failed:\nInvalid length for parameter TokenCode, value: {length}, valid min length: 6", error.Message);
        Assert.Equal(ExitCodes.BadSyntax, error.ExitCode);
        Assert.Contains("--mfa-code", error.Hint, StringComparison.Ordinal);
        Assert.Empty(sts.Calls);
    }

    [Fact]
    public async Task Should_refuse_a_short_code_after_the_third_try_at_a_terminal()
    {
        var sts = new FakeSts(Clock);
        var mfa = new ScriptedMfa(true, "1", "12", "123");
        var error = await Assert.ThrowsAsync<ParameterValidationException>(async () => await Provider(sts, mfa).ResolveAsync(default));
        Assert.EndsWith("value: 3, valid min length: 6", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, mfa.Prompts.Count);
        Assert.Empty(sts.Calls);
    }

    [Fact]
    public async Task Should_fail_after_the_third_wrong_code_with_the_request_id_and_a_hint()
    {
        var sts = new FakeSts(Clock);
        for (var i = 0; i < 3; i++)
        {
            sts.Failures.Enqueue(WrongCode);
        }

        var error = await Assert.ThrowsAsync<CredentialException>(async () => await Provider(sts, new ScriptedMfa(true)).ResolveAsync(default));
        Assert.Contains("request ID r-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("MFA code was wrong", error.Hint, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ServiceError, error.ExitCode);
    }

    [Fact]
    public async Task Should_not_re_ask_a_script_given_code()
    {
        var sts = new FakeSts(Clock);
        sts.Failures.Enqueue(WrongCode);
        await Assert.ThrowsAsync<CredentialException>(async () => await Provider(sts, new FixedMfaTokenSource("999999")).ResolveAsync(default));
        Assert.Single(sts.Calls);
    }

    [Fact]
    public async Task Should_tell_how_to_pass_a_code_when_there_is_no_terminal()
    {
        var error = await Assert.ThrowsAsync<ConfigurationException>(async () => await Provider(new FakeSts(Clock), new NoMfaTokenSource()).ResolveAsync(default));
        Assert.Contains("--mfa-code", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_prompt_with_the_aws_cli_wording_on_the_given_writer()
    {
        using var prompt = new StringWriter();
        using var input = new StringReader("654321\n");
        var code = await new PromptMfaTokenSource(prompt, input, interactive: true).GetTokenAsync("arn:aws:iam::1:mfa/u", default);
        Assert.Equal(("654321", "Enter MFA code for arn:aws:iam::1:mfa/u: "), (code, prompt.ToString()));
    }

    [Fact]
    public async Task Should_return_an_empty_line_as_typed_and_fail_only_at_the_end_of_input()
    {
        using var prompt = new StringWriter();
        var source = new PromptMfaTokenSource(prompt, new StringReader("\n"), interactive: false);
        Assert.Equal(string.Empty, await source.GetTokenAsync("arn:aws:iam::1:mfa/u", default));
        var error = await Assert.ThrowsAsync<ConfigurationException>(async () => await source.GetTokenAsync("arn:aws:iam::1:mfa/u", default));
        Assert.Contains("--mfa-code", error.Hint, StringComparison.Ordinal);
    }
}
