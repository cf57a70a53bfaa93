using System.Text;
using RoleCall.Core.Otp;
using RoleCall.Iam.SignIn;
using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.SignIn;

public sealed class ConsoleSignInTests : IDisposable
{
    private const string Password = "Correct-Horse-9";

    private readonly IamHarness iam = new();

    public ConsoleSignInTests()
    {
        iam.Call("CreateUser", ("UserName", "alice"));
        iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", Password));
    }

    private ConsoleSignIn SignIn => iam.Service.SignIn;

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_sign_in_with_the_account_id_or_its_alias()
    {
        iam.Call("CreateAccountAlias", ("AccountAlias", "my-team"));

        var attempt = SignIn.CheckPassword(SignIn.ResolveAccount("my-team")!, "alice", Password);
        var caller = SignIn.Complete(attempt, withMfa: false);

        Assert.Equal(IamHarness.Account, SignIn.ResolveAccount("1234-5678-9012"));
        Assert.Null(SignIn.ResolveAccount("nobody-here"));
        Assert.Equal(SignInStatus.Succeeded, attempt.Status);
        Assert.Equal("arn:aws:iam::123456789012:user/alice", caller.Arn);
        Assert.Equal(iam.Clock.Now.AddHours(12), caller.Session!.Expiration);
        Assert.False(caller.Session.MultiFactorAuthPresent);
    }

    [Fact]
    public void Should_lock_the_user_after_five_wrong_passwords_even_for_the_right_one()
    {
        var statuses = Enumerable.Range(0, 5).Select(_ => SignIn.CheckPassword(IamHarness.Account, "alice", "wrong").Status).ToList();
        var right = SignIn.CheckPassword(IamHarness.Account, "alice", Password);
        iam.Clock.Advance(TimeSpan.FromMinutes(15));
        var later = SignIn.CheckPassword(IamHarness.Account, "alice", Password);

        Assert.Equal([SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.LockedOut], statuses);
        Assert.Equal(SignInStatus.LockedOut, right.Status);
        Assert.Equal(SignInStatus.Succeeded, later.Status);
    }

    [Fact]
    public void Should_ask_for_an_mfa_code_and_refuse_a_wrong_or_reused_one()
    {
        var seed = EnableDevice();
        iam.Clock.Advance(TimeSpan.FromSeconds(60));

        var attempt = SignIn.CheckPassword(IamHarness.Account, "alice", Password);
        var code = Totp.Code(seed, Totp.StepAt(iam.Clock.Now));

        Assert.Equal(SignInStatus.NeedsMfa, attempt.Status);
        Assert.False(SignIn.CheckMfa(attempt, "000000" == code ? "111111" : "000000"));
        Assert.True(SignIn.CheckMfa(attempt, code));
        Assert.False(SignIn.CheckMfa(attempt, code));
        Assert.True(SignIn.Complete(attempt, withMfa: true).Session!.MultiFactorAuthPresent);
    }

    [Fact]
    public void Should_force_a_new_password_that_meets_the_policy_when_reset_is_required()
    {
        iam.Call("UpdateLoginProfile", ("UserName", "alice"), ("PasswordResetRequired", "true"));

        var attempt = SignIn.CheckPassword(IamHarness.Account, "alice", Password);
        var weak = Assert.Throws<Core.Errors.AwsServiceException>(() => SignIn.SetNewPassword(attempt, "weak"));
        SignIn.SetNewPassword(attempt, "Brand-New-Pass-7");

        Assert.Equal(SignInStatus.NeedsNewPassword, attempt.Status);
        Assert.Equal("PasswordPolicyViolation", weak.Code);
        Assert.Equal(SignInStatus.Succeeded, SignIn.CheckPassword(IamHarness.Account, "alice", "Brand-New-Pass-7").Status);
        Assert.Equal(SignInStatus.Failed, SignIn.CheckPassword(IamHarness.Account, "alice", Password).Status);
    }

    [Fact]
    public void Should_generate_a_root_password_once_and_honour_a_given_one()
    {
        var generated = iam.Service.EnsureRootPassword(IamHarness.Account, null);
        var again = iam.Service.EnsureRootPassword(IamHarness.Account, null);

        Assert.NotNull(generated);
        Assert.Null(again);
        Assert.Equal(SignInStatus.Succeeded, SignIn.CheckPassword(IamHarness.Account, null, generated).Status);
        iam.Service.EnsureRootPassword(IamHarness.Account, "Root-Given-Pass-1");
        Assert.Equal(SignInStatus.Succeeded, SignIn.CheckPassword(IamHarness.Account, null, "Root-Given-Pass-1").Status);
        Assert.Equal("arn:aws:iam::123456789012:root", SignIn.Complete(SignIn.CheckPassword(IamHarness.Account, null, "Root-Given-Pass-1"), false).Arn);
    }

    private byte[] EnableDevice()
    {
        var device = iam.Call("CreateVirtualMFADevice", ("VirtualMFADeviceName", "phone"))!.Node("VirtualMFADevice");
        var seed = Base32.Decode(Encoding.ASCII.GetString(Convert.FromBase64String(device.Text("Base32StringSeed"))))!;
        var step = Totp.StepAt(iam.Clock.Now);
        iam.Call("EnableMFADevice", ("UserName", "alice"), ("SerialNumber", "arn:aws:iam::123456789012:mfa/phone"),
            ("AuthenticationCode1", Totp.Code(seed, step - 1)), ("AuthenticationCode2", Totp.Code(seed, step)));
        return seed;
    }
}
