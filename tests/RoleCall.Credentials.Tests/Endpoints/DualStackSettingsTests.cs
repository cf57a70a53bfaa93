using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Endpoints;

namespace RoleCall.Credentials.Tests.Endpoints;

/// <summary>
/// Where `use_dualstack_endpoint` comes from, as botocore's config chain reads it: AWS_USE_DUALSTACK_ENDPOINT,
/// then the profile; a configured endpoint URL still wins over the dual-stack host.
/// </summary>
public sealed class DualStackSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rolecall-dualstack-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("true", null, "https://sts.eu-west-1.api.aws/")]
    [InlineData("True", null, "https://sts.eu-west-1.api.aws/")]
    [InlineData("false", null, "https://sts.eu-west-1.amazonaws.com/")]
    [InlineData(null, "true", "https://sts.eu-west-1.api.aws/")]
    [InlineData("true", "false", "https://sts.eu-west-1.amazonaws.com/")]
    [InlineData("false", "true", "https://sts.eu-west-1.api.aws/")]
    public void Should_take_dual_stack_from_the_environment_before_the_profile(string? profileValue, string? environmentValue, string expected)
    {
        var endpoint = Resolve("sts", profileValue is null ? string.Empty : $"use_dualstack_endpoint = {profileValue}\n", environmentValue);

        Assert.Equal(expected, endpoint.Url.ToString());
        Assert.Equal("eu-west-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Should_combine_fips_and_dual_stack_for_iam()
    {
        var endpoint = Resolve("iam", "use_dualstack_endpoint = true\nuse_fips_endpoint = true\n", null);

        Assert.Equal(("https://iam-fips.global.api.aws/", "us-east-1"), (endpoint.Url.ToString(), endpoint.SigningRegion));
    }

    [Fact]
    public void Should_let_a_configured_endpoint_url_win_over_dual_stack()
    {
        var endpoint = Resolve("sts", "use_dualstack_endpoint = true\nendpoint_url = http://127.0.0.1:4566\n", null);

        Assert.Equal(("http://127.0.0.1:4566/", true), (endpoint.Url.ToString(), endpoint.IsConfigured));
    }

    private ServiceEndpoint Resolve(string service, string extraProfileLines, string? environmentValue)
    {
        var config = Path.Combine(_dir, "config");
        File.WriteAllText(config, "[default]\nregion = eu-west-1\n" + extraProfileLines);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_CONFIG_FILE"] = config,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_dir, "credentials"),
            ["HOME"] = _dir,
        };
        if (environmentValue is not null)
        {
            variables["AWS_USE_DUALSTACK_ENDPOINT"] = environmentValue;
        }

        var environment = AwsEnvironment.From(variables);
        var profile = new ProfileResolver(environment, AwsPaths.From(environment)).Resolve();
        return EndpointResolver.Resolve(EndpointResolver.SettingsFor(service, profile, environment));
    }
}
