using RoleCall.Config;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>Where the connection settings come from, in the AWS CLI's order.</summary>
public sealed class TransportSettingsTests
{
    private static readonly AwsEnvironment WithBundle = AwsEnvironment.From(new Dictionary<string, string> { ["AWS_CA_BUNDLE"] = "/env/ca.pem" });

    [Fact]
    public void Should_prefer_the_ca_bundle_option_over_AWS_CA_BUNDLE()
    {
        Assert.Equal("/option/ca.pem", TransportSettings.Resolve(WithBundle, null, "/option/ca.pem", false, null, null).CaBundle);
        Assert.Equal("/env/ca.pem", TransportSettings.Resolve(WithBundle, null, null, false, null, null).CaBundle);
    }

    [Fact]
    public void Should_default_to_sixty_second_timeouts_and_verified_certificates()
    {
        var settings = TransportSettings.Resolve(AwsEnvironment.Empty, null, null, false, null, null);

        Assert.Equal((TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60), true, null), (settings.ConnectTimeout, settings.ReadTimeout, settings.VerifyCertificates, settings.CaBundle));
    }

    [Fact]
    public void Should_read_zero_second_timeouts_as_waiting_forever_and_no_verify_ssl_as_no_checks()
    {
        var settings = TransportSettings.Resolve(AwsEnvironment.Empty, null, null, true, 0, 5);

        Assert.Equal((Timeout.InfiniteTimeSpan, TimeSpan.FromSeconds(5), false), (settings.ConnectTimeout, settings.ReadTimeout, settings.VerifyCertificates));
    }
}
