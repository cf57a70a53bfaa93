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
        var mfa = new ScriptedMfa(true, "1", "2", "3");
        await Provider(sts, mfa).ResolveAsync(default);
        Assert.Equal(3, mfa.Prompts.Count);
    }

    [Fact]
    public async Task Should_ask_again_after_a_code_that_is_not_six_digits()
    {
        var sts = new FakeSts(Clock);
        sts.Failures.Enqueue(new AwsServiceException("ValidationError", "1 validation error detected: Value '12345' at 'tokenCode' failed to satisfy constraint: Member must have length greater than or equal to 6", 400));
        var mfa = new ScriptedMfa(true, "12345", "123456");
        await Provider(sts, mfa).ResolveAsync(default);
        Assert.Equal(2, mfa.Prompts.Count);
        Assert.Equal("123456", ((AssumeRoleRequest)sts.Calls[^1].Request).TokenCode);
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
        await Assert.ThrowsAsync<CredentialException>(async () => await Provider(sts, new FixedMfaTokenSource("9")).ResolveAsync(default));
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
}
