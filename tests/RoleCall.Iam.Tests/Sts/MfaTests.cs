using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 3: TOTP codes against the caller's enabled virtual MFA device.</summary>
public sealed class MfaTests
{
    private const string InvalidCode = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
    private const string UnknownSerial = "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.";

    private readonly StsWorld world = new();
    private readonly Caller user;
    private readonly IamRole role;
    private readonly string serial;
    private readonly byte[] seed;

    public MfaTests()
    {
        user = world.AddUser("alice");
        (serial, seed) = world.AddMfa(user);
        role = world.AddRole("mfa-role", PolicyDocs.Trust(user.Arn, """{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"""));
    }

    private Protocol.Query.ResultStruct? Assume(params (string, string)[] extra) =>
        world.Sts(user, "AssumeRole", [("RoleArn", role.Arn), ("RoleSessionName", "mfa-session"), .. extra]);

    [Fact]
    public void Should_refuse_an_mfa_role_without_a_code_and_accept_the_current_code()
    {
        Assert.Equal("AccessDenied", Fails(() => Assume()).Code);
        var session = world.SessionOf(Assume(("SerialNumber", serial), ("TokenCode", world.CodeNow(seed))));
        Assert.True(session.Session!.MultiFactorAuthPresent);
        Assert.Equal(world.Clock.Now, session.Session.MultiFactorAuthTime);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Should_accept_the_neighbouring_step(int offset) =>
        Assert.NotNull(Assume(("SerialNumber", serial), ("TokenCode", world.CodeNow(seed, offset))));

    [Fact]
    public void Should_refuse_a_code_two_steps_away_with_aws_message()
    {
        var error = Fails(() => Assume(("SerialNumber", serial), ("TokenCode", world.CodeNow(seed, 2))));
        Assert.Equal(("AccessDenied", InvalidCode), (error.Code, error.Message));
    }

    [Fact]
    public void Should_refuse_a_replayed_code()
    {
        var code = world.CodeNow(seed);
        Assert.NotNull(Assume(("SerialNumber", serial), ("TokenCode", code)));
        Assert.Equal(InvalidCode, Fails(() => Assume(("SerialNumber", serial), ("TokenCode", code))).Message);

        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(Assume(("SerialNumber", serial), ("TokenCode", world.CodeNow(seed))));
    }

    [Fact]
    public void Should_refuse_an_unknown_serial_and_another_users_device()
    {
        Assert.Equal(UnknownSerial, Fails(() => Assume(("SerialNumber", $"arn:aws:iam::{Account}:mfa/nobody"), ("TokenCode", "123456"))).Message);

        var bob = world.AddUser("bob");
        var (bobSerial, bobSeed) = world.AddMfa(bob);
        Assert.Equal(UnknownSerial, Fails(() => Assume(("SerialNumber", bobSerial), ("TokenCode", world.CodeNow(bobSeed)))).Message);
    }

    [Fact]
    public void Should_validate_the_token_code_shape()
    {
        var error = Fails(() => Assume(("SerialNumber", serial), ("TokenCode", "12ab56")));
        Assert.Equal(@"1 validation error detected: Value '12ab56' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\d]*", error.Message);
    }

    [Fact]
    public void Should_carry_mfa_into_role_chaining_and_count_its_age()
    {
        var first = world.SessionOf(Assume(("SerialNumber", serial), ("TokenCode", world.CodeNow(seed))));
        var young = world.AddRole("young-mfa", PolicyDocs.Trust(role.Arn, """{"NumericLessThan":{"aws:MultiFactorAuthAge":"600"}}"""));

        world.Clock.Advance(TimeSpan.FromSeconds(300));
        var chained = world.SessionOf(world.Sts(first, "AssumeRole", ("RoleArn", young.Arn), ("RoleSessionName", "chain1")));
        Assert.True(chained.Session!.MultiFactorAuthPresent);

        world.Clock.Advance(TimeSpan.FromSeconds(400));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(first, "AssumeRole", ("RoleArn", young.Arn), ("RoleSessionName", "chain2"))).Code);
    }

    [Fact]
    public void Should_not_match_bool_false_for_long_term_keys_where_the_key_is_absent()
    {
        var denyWithoutMfa = world.AddRole("deny-no-mfa", $$$$"""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"{{{{user.Arn}}}}"},"Action":"sts:AssumeRole"},
              {"Effect":"Deny","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}
            """);
        Assert.NotNull(world.Sts(user, "AssumeRole", ("RoleArn", denyWithoutMfa.Arn), ("RoleSessionName", "absent")));
    }

    [Fact]
    public void Should_let_an_mfa_session_token_assume_an_mfa_role_without_a_new_code()
    {
        var token = world.SessionOf(world.Sts(user, "GetSessionToken", ("SerialNumber", serial), ("TokenCode", world.CodeNow(seed))));
        Assert.True(token.Session!.MultiFactorAuthPresent);

        var session = world.SessionOf(world.Sts(token, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "via-token")));
        Assert.True(session.Session!.MultiFactorAuthPresent);

        var plainToken = world.SessionOf(world.Sts(user, "GetSessionToken"));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(plainToken, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "no-mfa"))).Code);
    }
}
