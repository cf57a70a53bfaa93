using RoleCall.Iam.Tests.Support;

namespace RoleCall.Iam.Tests.Actions;

public sealed class LoginProfileActionsTests : IDisposable
{
    private const string Good = "Correct-Horse-9";

    private readonly IamHarness iam = new();

    public LoginProfileActionsTests() => iam.Call("CreateUser", ("UserName", "alice"));

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_create_get_update_and_delete_a_login_profile()
    {
        var created = iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", Good), ("PasswordResetRequired", "true"))!;
        var got = iam.Call("GetLoginProfile", ("UserName", "alice"))!;
        iam.Call("UpdateLoginProfile", ("UserName", "alice"), ("PasswordResetRequired", "false"));
        var updated = iam.Call("GetLoginProfile", ("UserName", "alice"))!;
        iam.Call("DeleteLoginProfile", ("UserName", "alice"));
        var gone = iam.Fails("GetLoginProfile", ("UserName", "alice"));

        Assert.Equal(("alice", "true"), (created.Text("LoginProfile", "UserName"), created.Text("LoginProfile", "PasswordResetRequired")));
        Assert.Equal("true", got.Text("LoginProfile", "PasswordResetRequired"));
        Assert.Equal("false", updated.Text("LoginProfile", "PasswordResetRequired"));
        Assert.Equal(("NoSuchEntity", "Login Profile for User alice cannot be found."), (gone.Code, gone.Message));
    }

    [Fact]
    public void Should_keep_only_a_salted_slow_hash_of_the_password()
    {
        iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", Good));

        var user = (Model.IamUser)iam.Store.FindEntity(IamHarness.Account, Model.EntityKind.User, "alice")!;
        Assert.StartsWith("pbkdf2-sha256$600000$", user.LoginProfile!.PasswordHash, StringComparison.Ordinal);
        Assert.DoesNotContain(Good, user.LoginProfile.PasswordHash, StringComparison.Ordinal);
        Assert.True(Passwords.PasswordHasher.Verify(Good, user.LoginProfile.PasswordHash));
        Assert.False(Passwords.PasswordHasher.Verify(Good + "x", user.LoginProfile.PasswordHash));
    }

    [Fact]
    public void Should_refuse_a_second_profile_and_a_missing_user()
    {
        iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", Good));

        var twice = iam.Fails("CreateLoginProfile", ("UserName", "alice"), ("Password", Good));
        var nobody = iam.Fails("CreateLoginProfile", ("UserName", "bob"), ("Password", Good));

        Assert.Equal(("EntityAlreadyExists", "Login Profile for user alice already exists."), (twice.Code, twice.Message));
        Assert.Equal("NoSuchEntity", nobody.Code);
    }

    [Fact]
    public void Should_apply_the_default_policy_when_none_is_set_and_never_echo_the_password()
    {
        var weak = iam.Fails("CreateLoginProfile", ("UserName", "alice"), ("Password", "password"));
        var tooLong = iam.Fails("CreateLoginProfile", ("UserName", "alice"), ("Password", new string('a', 129)));

        Assert.Equal(("PasswordPolicyViolation", 400), (weak.Code, weak.HttpStatus));
        Assert.DoesNotContain("'password'", weak.Message, StringComparison.Ordinal);
        Assert.Equal("ValidationError", tooLong.Code);
        Assert.DoesNotContain("aaaa", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_enforce_the_account_password_policy_rule_by_rule()
    {
        iam.Call("UpdateAccountPasswordPolicy", ("MinimumPasswordLength", "12"), ("RequireSymbols", "true"), ("RequireNumbers", "true"),
            ("RequireUppercaseCharacters", "true"), ("RequireLowercaseCharacters", "true"), ("PasswordReusePrevention", "2"));

        Assert.Equal("Password should have a minimum length of 12", Violation("Short-9"));
        Assert.Equal("Password should have at least one uppercase letter", Violation("lowercase-only-9"));
        Assert.Equal("Password should have at least one number", Violation("No-Numbers-Here"));
        Assert.Equal("Password should have at least one symbol", Violation("NoSymbolsHere99"));
        iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", "Long-Enough-Pass1"));
        var reused = iam.Fails("UpdateLoginProfile", ("UserName", "alice"), ("Password", "Long-Enough-Pass1"));
        Assert.Equal(("PasswordPolicyViolation", "Password should not be one of your previous 2 passwords"), (reused.Code, reused.Message));
    }

    [Fact]
    public void Should_change_the_callers_own_password_proving_the_old_one()
    {
        iam.Call("CreateLoginProfile", ("UserName", "alice"), ("Password", Good), ("PasswordResetRequired", "true"));
        iam.Call("PutUserPolicy", ("UserName", "alice"), ("PolicyName", "pw"),
            ("PolicyDocument", """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ChangePassword", "Resource": "*"}]}"""));
        var bob = iam.UserCaller("bob");
        var aliceCaller = AliceCaller();

        var wrong = Assert.Throws<Core.Errors.AwsServiceException>(() => iam.CallAs(aliceCaller, "ChangePassword", ("OldPassword", "nope"), ("NewPassword", "Another-Good-1")));
        iam.CallAs(aliceCaller, "ChangePassword", ("OldPassword", Good), ("NewPassword", "Another-Good-1"));
        var root = iam.Fails("ChangePassword", ("OldPassword", Good), ("NewPassword", "Another-Good-1"));
        var noProfile = Assert.Throws<Core.Errors.AwsServiceException>(() => iam.CallAs(bob, "ChangePassword", ("OldPassword", Good), ("NewPassword", "Another-Good-1")));

        Assert.Equal("AccessDenied", wrong.Code);
        Assert.Equal("false", iam.Call("GetLoginProfile", ("UserName", "alice"))!.Text("LoginProfile", "PasswordResetRequired"));
        Assert.Equal(("InvalidUserType", "Only IAM Users can change their own password."), (root.Code, root.Message));
        Assert.Equal("AccessDenied", noProfile.Code); // bob holds no iam:ChangePassword: authorization comes first
    }

    private Model.Caller AliceCaller()
    {
        var key = iam.Call("CreateAccessKey", ("UserName", "alice"))!.Text("AccessKey", "AccessKeyId");
        return iam.Service.FindSigningKey(key)!.Caller;
    }

    private string Violation(string password)
    {
        var error = iam.Fails("CreateLoginProfile", ("UserName", "alice"), ("Password", password));
        Assert.Equal("PasswordPolicyViolation", error.Code);
        return error.Message;
    }
}
