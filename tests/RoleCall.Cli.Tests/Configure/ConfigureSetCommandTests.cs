using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Configure;

public sealed class ConfigureSetCommandTests : IDisposable
{
    private readonly ConfigureHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Should_route_keys_to_the_credentials_file_and_the_rest_to_the_config_file()
    {
        Assert.Equal((0, "", ""), _cli.Run("configure", "set", "aws_access_key_id", "AKIDEXAMPLE", "--profile", "dev"));
        Assert.Equal((0, "", ""), _cli.Run("configure", "set", "region", "us-east-2", "--profile=dev"));
        Assert.Equal((0, "", ""), _cli.Run("configure", "set", "default.region", "us-west-1"));
        Assert.Equal((0, "", ""), _cli.Run("configure", "set", "profile.dev.s3.addressing_style", "path"));
        Assert.Equal((0, "", ""), _cli.Run("configure", "set", "preview.cloudfront", "true"));
        Assert.Equal("[dev]\naws_access_key_id = AKIDEXAMPLE\n", File.ReadAllText(_cli.CredentialsFile));
        Assert.Equal(
            "[profile dev]\nregion = us-east-2\ns3 =\n    addressing_style = path\n[default]\nregion = us-west-1\n[preview]\ncloudfront = true\n",
            File.ReadAllText(_cli.ConfigFile));
    }

    [Fact]
    public void Should_use_AWS_PROFILE_for_plain_names_and_nested_names()
    {
        _cli.Environment["AWS_PROFILE"] = "team";
        _cli.Run("configure", "set", "s3.max_concurrent_requests", "5");
        Assert.Equal("[profile team]\ns3 =\n    max_concurrent_requests = 5\n", File.ReadAllText(_cli.ConfigFile));
    }

    [Fact]
    public void Should_change_one_line_only()
    {
        const string Before = "# keep me\n[default]\nregion = a   \noutput = json\n\n[profile x]\nregion = b\n";
        _cli.WriteConfig(Before);
        _cli.Run("configure", "set", "region", "c", "--profile", "x");
        Assert.Equal(Before.Replace("region = b", "region = c", StringComparison.Ordinal), File.ReadAllText(_cli.ConfigFile));
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("profile.dev")]
    public void Should_refuse_setting_names_the_aws_cli_would_truncate(string varname)
    {
        var (code, _, stderr) = _cli.Run("configure", "set", varname, "v");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Contains("hint:", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.ConfigFile));
    }

    [Fact]
    public void Should_refuse_a_profile_name_that_would_not_read_back_and_leave_files_untouched()
    {
        _cli.WriteConfig("[default]\n");
        var (code, stdout, stderr) = _cli.Run("configure", "set", "region", "r", "--profile", "we\"ird");
        Assert.Equal((ExitCodes.InvalidConfiguration, ""), (code, stdout));
        Assert.Contains("Invalid profile name 'we\"ird'", stderr, StringComparison.Ordinal);
        Assert.Equal("[default]\n", File.ReadAllText(_cli.ConfigFile));
    }

    [Fact]
    public void Should_require_both_arguments()
    {
        var (code, _, stderr) = _cli.Run("configure", "set", "region");
        Assert.Equal(ExitCodes.BadSyntax, code);
        Assert.Contains("the following arguments are required: value", stderr, StringComparison.Ordinal);
    }
}
