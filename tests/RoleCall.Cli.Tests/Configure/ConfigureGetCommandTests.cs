using RoleCall.Core.Errors;

namespace RoleCall.Cli.Tests.Configure;

public sealed class ConfigureGetCommandTests : IDisposable
{
    private readonly ConfigureHarness _cli = new();

    public ConfigureGetCommandTests()
    {
        _cli.WriteConfig("[default]\nregion = us-west-2\ns3 =\n  max_concurrent_requests = 20\n[profile dev]\nregion = eu-west-1\n[preview]\ncloudfront = true\n");
        _cli.WriteCredentials("[dev]\naws_access_key_id = AKIDDEV\n");
    }

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("us-west-2\n", "configure", "get", "region")]
    [InlineData("eu-west-1\n", "configure", "get", "region", "--profile", "dev")]
    [InlineData("eu-west-1\n", "configure", "get", "region", "--profile=dev")]
    [InlineData("AKIDDEV\n", "--profile", "dev", "configure", "get", "aws_access_key_id")]
    [InlineData("20\n", "configure", "get", "s3.max_concurrent_requests")]
    [InlineData("eu-west-1\n", "configure", "get", "dev.region")]
    [InlineData("eu-west-1\n", "configure", "get", "profile.dev.region")]
    [InlineData("us-west-2\n", "configure", "get", "default.region")]
    [InlineData("true\n", "configure", "get", "preview.cloudfront")]
    public void Should_print_the_value_the_aws_cli_prints(string expected, params string[] args)
    {
        Assert.Equal((0, expected, ""), _cli.Run(args));
    }

    [Theory]
    [InlineData("configure", "get", "output")]
    [InlineData("configure", "get", "Region")]
    [InlineData("configure", "get", "profile.nope.region")]
    [InlineData("configure", "get", "s3.nope")]
    public void Should_exit_1_with_no_output_when_unset(params string[] args)
    {
        Assert.Equal((ExitCodes.NotFound, "", ""), _cli.Run(args));
    }

    [Fact]
    public void Should_refuse_a_section_with_the_aws_cli_message_and_exit_1()
    {
        var (code, stdout, stderr) = _cli.Run("configure", "get", "s3");
        Assert.Equal((ExitCodes.NotFound, ""), (code, stdout));
        Assert.Equal("varname (s3) must reference a value, not a section or sub-section.\n", stderr);
    }

    [Fact]
    public void Should_say_that_profile_dot_name_is_no_setting_where_the_aws_cli_dies_with_an_index_error()
    {
        var (code, stdout, stderr) = _cli.Run("configure", "get", "profile.dev");
        Assert.Equal((ExitCodes.BadSyntax, ""), (code, stdout));
        Assert.StartsWith("rolecall: error: argument varname: 'profile.dev' is not a setting name\nhint: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_for_a_missing_profile_with_one_line_and_a_hint()
    {
        var (code, stdout, stderr) = _cli.Run("configure", "get", "region", "--profile", "nope");
        Assert.Equal((ExitCodes.OtherFailure, ""), (code, stdout));
        Assert.StartsWith("\nThe config profile (nope) could not be found\nhint: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_honour_AWS_PROFILE_for_plain_names()
    {
        _cli.Environment["AWS_PROFILE"] = "dev";
        Assert.Equal((0, "eu-west-1\n", ""), _cli.Run("configure", "get", "region"));
    }

    [Fact]
    public void Should_name_file_and_line_of_a_malformed_file()
    {
        _cli.WriteConfig("[default]\nregion = r\n[default]\n");
        var (code, stdout, stderr) = _cli.Run("configure", "get", "region");
        Assert.Equal((ExitCodes.InvalidConfiguration, ""), (code, stdout));
        Assert.Contains($"{_cli.ConfigFile}:3: section [default] already appeared on line 1", stderr, StringComparison.Ordinal);
        Assert.Equal(2, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Should_require_the_varname()
    {
        Assert.Equal(ExitCodes.BadSyntax, _cli.Run("configure", "get").Code);
    }
}
