using RoleCall.Iam.Tests.Support;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Actions;

public sealed class AccountSettingsActionsTests : IDisposable
{
    private readonly IamHarness iam = new();

    public void Dispose() => iam.Dispose();

    [Fact]
    public void Should_report_no_policy_then_the_policy_with_defaults_for_absent_parameters_then_delete_it()
    {
        var none = iam.Fails("GetAccountPasswordPolicy");
        iam.Call("UpdateAccountPasswordPolicy", ("RequireNumbers", "true"), ("MaxPasswordAge", "90"));
        var policy = iam.Call("GetAccountPasswordPolicy")!;
        iam.Call("DeleteAccountPasswordPolicy");
        var deletedTwice = iam.Fails("DeleteAccountPasswordPolicy");

        Assert.Equal(("NoSuchEntity", "The Password Policy with domain name 123456789012 cannot be found."), (none.Code, none.Message));
        Assert.Equal(("6", "true", "false", "true", "90"), (policy.Text("PasswordPolicy", "MinimumPasswordLength"), policy.Text("PasswordPolicy", "RequireNumbers"),
            policy.Text("PasswordPolicy", "RequireSymbols"), policy.Text("PasswordPolicy", "ExpirePasswords"), policy.Text("PasswordPolicy", "MaxPasswordAge")));
        Assert.Equal(("NoSuchEntity", "The account policy with name PasswordPolicy cannot be found."), (deletedTwice.Code, deletedTwice.Message));
    }

    [Theory]
    [InlineData("MinimumPasswordLength", "5", "minimumPasswordLength")]
    [InlineData("MinimumPasswordLength", "129", "minimumPasswordLength")]
    [InlineData("MaxPasswordAge", "1096", "maxPasswordAge")]
    [InlineData("PasswordReusePrevention", "25", "passwordReusePrevention")]
    public void Should_refuse_out_of_range_policy_values(string parameter, string value, string field)
    {
        var error = iam.Fails("UpdateAccountPasswordPolicy", (parameter, value));

        Assert.Equal("ValidationError", error.Code);
        Assert.Contains($"Value '{value}' at '{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_one_alias_replace_it_and_delete_it()
    {
        iam.Call("CreateAccountAlias", ("AccountAlias", "first-alias"));
        iam.Call("CreateAccountAlias", ("AccountAlias", "my-team"));
        var listed = iam.Call("ListAccountAliases")!;
        var wrong = iam.Fails("DeleteAccountAlias", ("AccountAlias", "first-alias"));
        iam.Call("DeleteAccountAlias", ("AccountAlias", "my-team"));

        Assert.Equal(["my-team"], listed.Members("AccountAliases").Select(m => ((ResultValue)m).Value));
        Assert.Equal("false", listed.Text("IsTruncated"));
        Assert.Equal(("NoSuchEntity", "The account alias first-alias cannot be found."), (wrong.Code, wrong.Message));
        Assert.Empty(iam.Store.FindAccount(IamHarness.Account)!.Aliases);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    public void Should_refuse_malformed_aliases(string alias) =>
        Assert.Equal("ValidationError", iam.Fails("CreateAccountAlias", ("AccountAlias", alias)).Code);

    [Fact]
    public void Should_refuse_an_alias_another_account_holds()
    {
        iam.Service.CreateAccount("210987654321");
        iam.Call("CreateAccountAlias", ("AccountAlias", "taken"));
        var other = iam.Service.FindSigningKey(iam.Service.CreateAccount("210987654321").AccessKeyId)!.Caller;

        var error = Assert.Throws<Core.Errors.AwsServiceException>(() => iam.CallAs(other, "CreateAccountAlias", ("AccountAlias", "taken")));

        Assert.Equal(("EntityAlreadyExists", "The account alias taken already exists."), (error.Code, error.Message));
    }
}
