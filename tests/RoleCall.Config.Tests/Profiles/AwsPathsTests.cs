namespace RoleCall.Config.Tests.Profiles;

public sealed class AwsPathsTests
{
    private static AwsPaths Paths(Dictionary<string, string> variables, bool windows = false) =>
        AwsPaths.From(AwsEnvironment.From(variables), windows);

    [Fact]
    public void Should_expand_variables_then_tilde_in_overridden_locations_as_botocore_does()
    {
        var paths = Paths(new() { ["HOME"] = "/home/u/", ["AWS_CONFIG_FILE"] = "~/cfg/$NAME", ["NAME"] = "c", ["AWS_SHARED_CREDENTIALS_FILE"] = "${HOME}x/$UNSET" });
        Assert.Equal("/home/u/cfg/c", paths.ConfigFile);
        Assert.Equal("/home/u/x/$UNSET", paths.CredentialsFile);
        Assert.Equal("/home/u/.aws/cli/cache", paths.CliCacheDirectory);
    }

    [Fact]
    public void Should_keep_the_tilde_when_no_home_is_known_and_leave_other_users_homes_alone()
    {
        Assert.Equal("~/.aws/config", Paths([]).ConfigFile);
        Assert.Equal("~bob/config", Paths(new() { ["HOME"] = "/h", ["AWS_CONFIG_FILE"] = "~bob/config" }).ConfigFile);
    }

    [Fact]
    public void Should_use_USERPROFILE_then_HOMEDRIVE_HOMEPATH_on_windows()
    {
        Assert.Equal(@"C:\Users\u\.aws\config", Paths(new() { ["USERPROFILE"] = @"C:\Users\u", ["HOME"] = "/ignored" }, windows: true).ConfigFile);
        Assert.Equal(@"D:\home\.aws\credentials", Paths(new() { ["HOMEDRIVE"] = "D:", ["HOMEPATH"] = @"\home" }, windows: true).CredentialsFile);
    }
}
