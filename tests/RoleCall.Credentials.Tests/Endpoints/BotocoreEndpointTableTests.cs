using System.Diagnostics;
using RoleCall.Credentials.Endpoints;

namespace RoleCall.Credentials.Tests.Endpoints;

/// <summary>
/// Default STS and IAM endpoints and signing regions per region, partition, FIPS, dual-stack and
/// sts_regional_endpoints, as botocore 1.43.11 sends requests (table recorded from botocore on this machine;
/// <see cref="Should_agree_with_the_installed_botocore"/> re-asks the installed botocore for the URL of a real
/// request and the region in its signature, which is what matters: `meta.endpoint_url` differs for some IAM cases).
/// </summary>
public sealed class BotocoreEndpointTableTests
{
    // service, region ("" = none), fips, dual-stack, sts_regional_endpoints ("" = unset), expected URL, signing region
    public static TheoryData<string, string, bool, bool, string, string, string> Table => new()
    {
        { "sts", "", false, false, "", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "us-east-1", false, false, "", "https://sts.us-east-1.amazonaws.com", "us-east-1" },
        { "sts", "us-west-2", false, false, "", "https://sts.us-west-2.amazonaws.com", "us-west-2" },
        { "sts", "ap-east-1", false, false, "", "https://sts.ap-east-1.amazonaws.com", "ap-east-1" },
        { "sts", "cn-north-1", false, false, "", "https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1" },
        { "sts", "cn-northwest-1", false, false, "", "https://sts.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1" },
        { "sts", "us-gov-west-1", false, false, "", "https://sts.us-gov-west-1.amazonaws.com", "us-gov-west-1" },
        { "sts", "us-iso-east-1", false, false, "", "https://sts.us-iso-east-1.c2s.ic.gov", "us-iso-east-1" },
        { "sts", "us-isob-east-1", false, false, "", "https://sts.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1" },
        { "sts", "aws-global", false, false, "", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "xx-foo-1", false, false, "", "https://sts.xx-foo-1.amazonaws.com", "xx-foo-1" },
        { "sts", "eusc-de-east-1", false, false, "", "https://sts.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1" },
        { "sts", "us-east-1", false, false, "legacy", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "us-west-2", false, false, "legacy", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "eu-central-1", false, false, "legacy", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "ap-east-1", false, false, "legacy", "https://sts.ap-east-1.amazonaws.com", "ap-east-1" },
        { "sts", "cn-north-1", false, false, "legacy", "https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1" },
        { "sts", "us-gov-west-1", false, false, "legacy", "https://sts.us-gov-west-1.amazonaws.com", "us-gov-west-1" },
        { "sts", "", false, false, "legacy", "https://sts.amazonaws.com", "us-east-1" },
        { "sts", "us-west-2", false, false, "regional", "https://sts.us-west-2.amazonaws.com", "us-west-2" },
        { "sts", "us-east-1", true, false, "", "https://sts-fips.us-east-1.amazonaws.com", "us-east-1" },
        { "sts", "eu-west-1", true, false, "", "https://sts-fips.eu-west-1.amazonaws.com", "eu-west-1" },
        { "sts", "us-gov-west-1", true, false, "", "https://sts.us-gov-west-1.amazonaws.com", "us-gov-west-1" },
        { "sts", "cn-north-1", true, false, "", "https://sts-fips.cn-north-1.amazonaws.com.cn", "cn-north-1" },
        { "sts", "us-west-2", true, false, "legacy", "https://sts-fips.us-west-2.amazonaws.com", "us-west-2" },
        { "sts", "", true, false, "", "https://sts-fips.aws-global.amazonaws.com", "us-east-1" },
        { "iam", "", false, false, "", "https://iam.amazonaws.com", "us-east-1" },
        { "iam", "us-east-1", false, false, "", "https://iam.amazonaws.com", "us-east-1" },
        { "iam", "eu-central-1", false, false, "", "https://iam.amazonaws.com", "us-east-1" },
        { "iam", "mx-central-1", false, false, "", "https://iam.amazonaws.com", "us-east-1" },
        { "iam", "cn-north-1", false, false, "", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1" },
        { "iam", "cn-northwest-1", false, false, "", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1" },
        { "iam", "us-gov-west-1", false, false, "", "https://iam.us-gov.amazonaws.com", "us-gov-west-1" },
        { "iam", "us-gov-east-1", false, false, "", "https://iam.us-gov.amazonaws.com", "us-gov-west-1" },
        { "iam", "us-iso-east-1", false, false, "", "https://iam.us-iso-east-1.c2s.ic.gov", "us-iso-east-1" },
        { "iam", "us-isob-east-1", false, false, "", "https://iam.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1" },
        { "iam", "eusc-de-east-1", false, false, "", "https://iam.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1" },
        { "iam", "us-west-2", true, false, "", "https://iam-fips.amazonaws.com", "us-east-1" },
        { "iam", "us-gov-west-1", true, false, "", "https://iam.us-gov.amazonaws.com", "us-gov-west-1" },
        { "iam", "cn-north-1", true, false, "", "https://iam-fips.amazonaws.com.cn", "cn-northwest-1" },
        { "iam", "us-iso-east-1", true, false, "", "https://iam-fips.us-iso-east-1.c2s.ic.gov", "us-iso-east-1" },
        { "iam", "eusc-de-east-1", true, false, "", "https://iam-fips.amazonaws.eu", "eusc-de-east-1" },
        { "sts", "", false, true, "", "https://sts.aws-global.api.aws", "us-east-1" },
        { "sts", "us-east-1", false, true, "", "https://sts.us-east-1.api.aws", "us-east-1" },
        { "sts", "us-east-1", false, true, "legacy", "https://sts.us-east-1.api.aws", "us-east-1" },
        { "sts", "us-east-1", true, true, "", "https://sts-fips.us-east-1.api.aws", "us-east-1" },
        { "sts", "us-gov-west-1", false, true, "", "https://sts.us-gov-west-1.api.aws", "us-gov-west-1" },
        { "sts", "us-gov-west-1", true, true, "", "https://sts-fips.us-gov-west-1.api.aws", "us-gov-west-1" },
        { "sts", "cn-north-1", false, true, "", "https://sts.cn-north-1.api.amazonwebservices.com.cn", "cn-north-1" },
        { "sts", "cn-north-1", true, true, "", "https://sts-fips.cn-north-1.api.amazonwebservices.com.cn", "cn-north-1" },
        { "sts", "us-iso-east-1", false, true, "", "https://sts.us-iso-east-1.api.aws.ic.gov", "us-iso-east-1" },
        { "sts", "us-isob-east-1", true, true, "", "https://sts-fips.us-isob-east-1.api.aws.scloud", "us-isob-east-1" },
        { "sts", "eusc-de-east-1", false, true, "", "https://sts.eusc-de-east-1.api.amazonwebservices.eu", "eusc-de-east-1" },
        { "sts", "aws-global", true, true, "", "https://sts-fips.aws-global.api.aws", "us-east-1" },
        { "iam", "", false, true, "", "https://iam.global.api.aws", "us-east-1" },
        { "iam", "us-west-2", false, true, "", "https://iam.global.api.aws", "us-east-1" },
        { "iam", "us-west-2", true, true, "", "https://iam-fips.global.api.aws", "us-east-1" },
        { "iam", "cn-north-1", false, true, "", "https://iam.global.api.amazonwebservices.com.cn", "cn-north-1" },
        { "iam", "cn-northwest-1", true, true, "", "https://iam-fips.api.amazonwebservices.com.cn", "cn-northwest-1" },
        { "iam", "us-gov-east-1", false, true, "", "https://iam.us-gov.api.aws", "us-gov-west-1" },
        { "iam", "us-gov-west-1", true, true, "", "https://iam.us-gov.api.aws", "us-gov-west-1" },
        { "iam", "us-iso-east-1", false, true, "", "https://iam.api.aws.ic.gov", "us-iso-east-1" },
        { "iam", "us-isob-east-1", true, true, "", "https://iam-fips.api.aws.scloud", "us-isob-east-1" },
        { "iam", "eusc-de-east-1", false, true, "", "https://iam.api.amazonwebservices.eu", "eusc-de-east-1" },
        { "iam", "eusc-de-east-1", true, true, "", "https://iam-fips.api.amazonwebservices.eu", "eusc-de-east-1" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Should_resolve_the_default_endpoint_as_botocore(string service, string region, bool fips, bool dualStack, string stsRegional, string url, string signingRegion)
    {
        var endpoint = EndpointResolver.Resolve(Settings(service, region, fips, dualStack, stsRegional));

        Assert.Equal(url, endpoint.Url.ToString().TrimEnd('/'));
        Assert.Equal(signingRegion, endpoint.SigningRegion);
        Assert.Equal(service, endpoint.SigningService);
        Assert.False(endpoint.IsConfigured);
    }

    [Fact]
    public void Should_sign_for_the_configured_region_when_an_endpoint_url_is_given()
    {
        var iam = EndpointResolver.Resolve(new EndpointSettings("iam", "us-west-2") { ConfiguredEndpointUrl = "http://127.0.0.1:8977" });

        Assert.Equal(("http://127.0.0.1:8977/", "us-west-2", true), (iam.Url.ToString(), iam.SigningRegion, iam.IsConfigured));
    }

    [Theory]
    [InlineData("sts", true)]
    [InlineData("iam", true)]
    [InlineData("ec2", true)]
    [InlineData("ec2", false)]
    public void Should_need_a_region_where_botocore_raises_NoRegionError(string service, bool endpointUrl)
    {
        // Issue 16, item 5: with an endpoint URL and no region the AWS CLI v1 and v2 stop; IAM and STS fall back
        // to their global endpoint only without one (see AwsCliV2DefaultsDifferentialTests for the AWS CLI's run).
        var settings = new EndpointSettings(service, null) { ExplicitEndpointUrl = endpointUrl ? "http://localhost:5000/" : null };
        var error = Assert.Throws<Core.Errors.AwsCliMessageException>(() => EndpointResolver.Resolve(settings));
        Assert.Equal(("You must specify a region. You can also configure your region by running \"aws configure\".", 253), (error.Message, error.ExitCode));
        Assert.Equal("https://s3.us-east-1.amazonaws.com/", EndpointResolver.Resolve(new EndpointSettings("s3", null)).Url.ToString());
    }

    [Fact]
    public void Should_refuse_an_unknown_sts_regional_endpoints_value_with_botocores_message()
    {
        var error = Assert.Throws<Core.Errors.ConfigurationException>(() => EndpointResolver.Resolve(Settings("sts", "us-west-2", false, false, "bogus")));

        Assert.Equal("STS regional endpoints option bogus is invalid. Valid options are: \"legacy\", \"regional\"", error.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://host")]
    [InlineData("localhost:5000")]
    public void Should_refuse_an_endpoint_url_without_scheme_and_host(string url)
    {
        Assert.Throws<Core.Errors.ConfigurationException>(() => EndpointResolver.Resolve(new EndpointSettings("sts", "us-east-1") { ExplicitEndpointUrl = url }));
    }

    [Theory]
    [InlineData("us-east-1/")]
    [InlineData("-us-east-1")]
    [InlineData("us east 1")]
    public void Should_refuse_a_region_that_is_not_a_host_label(string region)
    {
        var error = Assert.Throws<Core.Errors.ConfigurationException>(() => EndpointResolver.Resolve(new EndpointSettings("sts", region)));

        Assert.Equal($"Provided region_name '{region}' doesn't match a supported format.", error.Message);
    }

    [Fact]
    public void Should_agree_with_the_installed_botocore()
    {
        var lines = Table.Select(row => string.Join('|', row.Select(v => v?.ToString() ?? ""))).ToList();
        var output = RunBotocore(lines);

        for (var i = 0; i < lines.Count; i++)
        {
            var fields = lines[i].Split('|');
            Assert.Equal($"{fields[5]} {fields[6]}", output[i]);
        }
    }

    private static EndpointSettings Settings(string service, string region, bool fips, bool dualStack, string stsRegional) =>
        new(service, region.Length == 0 ? null : region) { UseFips = fips, UseDualStack = dualStack, StsRegionalEndpoints = stsRegional.Length == 0 ? null : stsRegional };

    private static List<string> RunBotocore(List<string> rows)
    {
        // A before-send hook stops each call at the wire: the URL and the signature's region are what botocore sends.
        const string script = """
            import sys, os, botocore.session
            for k in [k for k in os.environ if k.startswith('AWS_')]: del os.environ[k]
            os.environ.update({'AWS_ACCESS_KEY_ID': 'x', 'AWS_SECRET_ACCESS_KEY': 'y', 'AWS_CONFIG_FILE': os.devnull, 'AWS_SHARED_CREDENTIALS_FILE': os.devnull})
            session = botocore.session.get_session()
            class Sent(Exception): pass
            def stop(request, **kwargs):
                auth = request.headers['Authorization']
                auth = auth.decode() if isinstance(auth, bytes) else auth
                raise Sent(request.url.rstrip('/') + ' ' + auth.split('/')[2])
            for line in sys.stdin.read().splitlines():
                service, region, fips, dualstack, legacy, _, _ = line.split('|')
                session.set_config_variable('use_fips_endpoint', fips == 'True')
                session.set_config_variable('use_dualstack_endpoint', dualstack == 'True')
                session.set_config_variable('sts_regional_endpoints', legacy or None)
                c = session.create_client(service, region_name=region or None)
                c.meta.events.register('before-send', stop)
                try:
                    (c.get_caller_identity if service == 'sts' else c.list_users)()
                except Sent as sent:
                    print(sent)
            """;
        var start = new ProcessStartInfo("python3", ["-c", script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 is required (with botocore: pip install botocore)");
        process.StandardInput.Write(string.Join('\n', rows));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "botocore is required for this judge (pip install botocore): " + errors);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
