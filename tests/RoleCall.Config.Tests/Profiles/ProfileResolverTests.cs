using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;

namespace RoleCall.Config.Tests.Profiles;

public sealed class ProfileResolverTests
{
    private const string Config = """
        [default]
        region = us-west-2
        [profile dev]
        region = eu-west-1
        services = local
        endpoint_url = https://profile.example
        [services local]
        sts =
          endpoint_url = http://127.0.0.1:4566
        """;

    private const string Credentials = """
        [dev]
        aws_access_key_id = AKIDDEV
        region = from-credentials
        """;

    private static ProfileResolver Resolver(Dictionary<string, string>? variables = null, string config = Config)
    {
        var environment = AwsEnvironment.From(variables ?? []);
        return new ProfileResolver(environment, AwsPaths.From(environment, windows: false),
            ProfileSet.Parse(config, Credentials, "/h/.aws/config", "/h/.aws/credentials"));
    }

    [Theory]
    [InlineData("cli", "env", "envdefault", "cli", ValueSource.CommandLine)]
    [InlineData(null, "env", "envdefault", "env", ValueSource.Environment)]
    [InlineData(null, null, "envdefault", "envdefault", ValueSource.Environment)]
    [InlineData(null, null, null, "default", ValueSource.Default)]
    public void Should_choose_the_profile_name_by_option_then_AWS_PROFILE_then_AWS_DEFAULT_PROFILE(
        string? option, string? profile, string? defaultProfile, string expected, ValueSource source)
    {
        var variables = new Dictionary<string, string>();
        if (profile is not null)
        {
            variables["AWS_PROFILE"] = profile;
        }

        if (defaultProfile is not null)
        {
            variables["AWS_DEFAULT_PROFILE"] = defaultProfile;
        }

        var (name, origin) = Resolver(variables).SelectProfile(option);
        Assert.Equal(expected, name);
        Assert.Equal(source, origin.Source);
    }

    [Fact]
    public void Should_take_the_region_from_option_then_AWS_REGION_then_AWS_DEFAULT_REGION_then_the_profile()
    {
        var all = new Dictionary<string, string> { ["AWS_REGION"] = "r-env", ["AWS_DEFAULT_REGION"] = "r-default" };
        Assert.Equal("r-cli", Resolver(all).Resolve("default", "r-cli").Region!.Value);
        Assert.Equal("env AWS_REGION", Resolver(all).Resolve("default").Region!.Origin.ToString());
        Assert.Equal("r-default", Resolver(new() { ["AWS_DEFAULT_REGION"] = "r-default" }).Resolve().Region!.Value);
        var fromFile = Resolver().Resolve().Region!;
        Assert.Equal(("us-west-2", "/h/.aws/config:2"), (fromFile.Value, fromFile.Origin.ToString()));
    }

    [Fact]
    public void Should_let_credentials_file_values_win_key_by_key_and_keep_their_origin()
    {
        var dev = Resolver().Resolve("dev");
        Assert.Equal("from-credentials", dev.Region!.Value);
        Assert.Equal(ValueSource.CredentialsFile, dev.Region.Origin.Source);
        Assert.Equal("AKIDDEV", dev.Get("aws_access_key_id"));
        Assert.Equal("local", dev.Get("services"));
        Assert.Equal(new ValueOrigin(ValueSource.ConfigFile, "/h/.aws/config", 5), dev.GetValue("services")!.Origin);
    }

    [Fact]
    public void Should_fail_for_a_named_profile_that_does_not_exist_but_allow_a_missing_default()
    {
        var error = Assert.Throws<AwsCliMessageException>(() => Resolver().Resolve("nope"));
        Assert.Equal(255, error.ExitCode); // the AWS CLI v2's code (issue 16)
        Assert.Equal("The config profile (nope) could not be found", error.Message);
        Assert.Contains("list-profiles", error.Hint, StringComparison.Ordinal);
        var implicitDefault = Resolver(config: "[profile x]\n").Resolve();
        Assert.False(implicitDefault.Exists);
        Assert.Empty(implicitDefault.Values);
    }

    [Fact]
    public void Should_resolve_configured_endpoints_in_botocore_order()
    {
        var dev = Resolver().Resolve("dev");
        Assert.Equal("http://127.0.0.1:4566", dev.ConfiguredEndpointUrl("sts"));
        Assert.Equal("https://profile.example", dev.ConfiguredEndpointUrl("iam"));
        var withEnv = Resolver(new() { ["AWS_ENDPOINT_URL"] = "https://global", ["AWS_ENDPOINT_URL_IAM"] = "https://iam.env" }).Resolve("dev");
        Assert.Equal("https://iam.env", withEnv.ConfiguredEndpointUrl("iam"));
        Assert.Equal("https://global", withEnv.ConfiguredEndpointUrl("sts"));
        Assert.Null(Resolver(new() { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true" }).Resolve("dev").ConfiguredEndpointUrl("sts"));
    }

    [Fact]
    public void Should_fail_when_the_named_services_section_is_missing_only_when_an_endpoint_is_wanted()
    {
        var profile = Resolver(config: "[default]\nservices = gone\nregion = r\n").Resolve();
        Assert.Equal("r", profile.Region!.Value);
        Assert.Throws<ConfigurationException>(() => profile.ConfiguredEndpointUrl("sts"));
    }

    [Fact]
    public void Should_never_print_secrets_in_ToString()
    {
        var environment = AwsEnvironment.From(new Dictionary<string, string> { ["AWS_SECRET_ACCESS_KEY"] = "TOPSECRET" });
        var profile = Resolver().Resolve("dev");
        Assert.DoesNotContain("TOPSECRET", environment.ToString(), StringComparison.Ordinal);
        Assert.Contains("AWS_SECRET_ACCESS_KEY", environment.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDDEV", profile.GetValue("aws_access_key_id")!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDDEV", profile.ToString(), StringComparison.Ordinal);
    }
}
