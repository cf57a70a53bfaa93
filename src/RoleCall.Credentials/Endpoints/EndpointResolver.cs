using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// Decides the endpoint and signing region for a service as botocore 1.43 does (checked case by case against
/// botocore on this machine, see the tests): --endpoint-url > AWS_ENDPOINT_URL_&lt;SERVICE&gt; >
/// AWS_ENDPOINT_URL > the profile's `services` section > the profile's `endpoint_url` > the default, where
/// the default STS endpoint is regional (`https://sts.REGION.amazonaws.com`, `.amazonaws.com.cn` in China),
/// `sts_regional_endpoints = legacy` sends the classic regions to `https://sts.amazonaws.com`, and IAM is
/// global per partition. With a configured URL the signing region is the configured region.
/// </summary>
public static class EndpointResolver
{
    // botocore's LEGACY_GLOBAL_STS_REGIONS (botocore/args.py).
    private static readonly HashSet<string> LegacyGlobalStsRegions = new(StringComparer.Ordinal)
    {
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1",
        "us-east-2", "us-west-1", "us-west-2",
    };

    /// <summary>
    /// Collects the settings for <paramref name="serviceId"/> from the resolved profile (region after
    /// precedence, configured endpoint, `sts_regional_endpoints`, `use_fips_endpoint`,
    /// `use_dualstack_endpoint`) and the environment, which wins over the profile for the flags as in botocore.
    /// </summary>
    public static EndpointSettings SettingsFor(string serviceId, ResolvedProfile profile, AwsEnvironment environment,
        string? endpointUrlOption = null, bool ignoreConfiguredEndpointUrls = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(environment);
        var fips = environment.UseFipsEndpointText ?? profile.Get("use_fips_endpoint");
        var dualStack = environment.Get("AWS_USE_DUALSTACK_ENDPOINT") ?? profile.Get("use_dualstack_endpoint");
        return new EndpointSettings(serviceId, profile.Region?.Value)
        {
            ExplicitEndpointUrl = endpointUrlOption,
            ConfiguredEndpointUrl = ignoreConfiguredEndpointUrls ? null : profile.ConfiguredEndpointUrl(serviceId),
            UseFips = IsTrue(fips),
            UseDualStack = IsTrue(dualStack),
            StsRegionalEndpoints = environment.StsRegionalEndpoints ?? profile.Get("sts_regional_endpoints"),
        };
    }

    public static ServiceEndpoint Resolve(EndpointSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Region is { } region && !IsValidRegion(region))
        {
            throw new ConfigurationException($"Provided region_name '{region}' doesn't match a supported format.",
                "set a region such as us-east-1 with --region, AWS_REGION or the profile's region");
        }

        var hasEndpointUrl = settings.ExplicitEndpointUrl is { Length: > 0 } || settings.ConfiguredEndpointUrl is { Length: > 0 };
        if (settings.Region is null && NeedsRegion(settings.ServiceId, hasEndpointUrl))
        {
            throw AwsCliMessageException.NoRegion();
        }

        var derived = Default(settings);
        if (settings.ExplicitEndpointUrl is { Length: > 0 } explicitUrl)
        {
            return Configured(explicitUrl, "--endpoint-url", settings, derived);
        }

        return settings.ConfiguredEndpointUrl is { Length: > 0 } configured
            ? Configured(configured, "the configured endpoint_url", settings, derived)
            : derived;
    }

    /// <summary>
    /// Where botocore raises NoRegionError (checked against the AWS CLI v1 and v2, issue 16 item 5): IAM and STS
    /// fall back to their global endpoint only when no endpoint URL is configured; S3 never needs a region;
    /// every regional service (EC2) always does.
    /// </summary>
    private static bool NeedsRegion(string serviceId, bool endpointConfigured) => serviceId.ToLowerInvariant() switch
    {
        "s3" => false,
        "iam" or "sts" => endpointConfigured,
        _ => true,
    };

    private static ServiceEndpoint Configured(string url, string source, EndpointSettings settings, ServiceEndpoint derived)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw EndpointErrors.InvalidEndpointUrl(url, source);
        }

        return new ServiceEndpoint(uri, settings.Region ?? derived.SigningRegion, derived.SigningService, IsConfigured: true);
    }

    private static ServiceEndpoint Default(EndpointSettings settings)
    {
        var service = settings.ServiceId.ToLowerInvariant();
        return service switch
        {
            "sts" => Sts(settings),
            "iam" => IamEndpoints.Resolve(settings.Region ?? "aws-global", settings.UseFips, settings.UseDualStack),
            _ => Regional(service, settings.Region ?? "us-east-1", settings.UseFips, settings.UseDualStack),
        };
    }

    private static ServiceEndpoint Sts(EndpointSettings settings)
    {
        var mode = settings.StsRegionalEndpoints;
        if (mode is not (null or "legacy" or "regional"))
        {
            throw EndpointErrors.InvalidStsRegionalEndpoints(mode);
        }

        var region = settings.Region ?? "aws-global";
        if (settings.UseDualStack)
        {
            // The ruleset's dual-stack branch comes first: no global or GovCloud exception, `aws-global` included.
            return Make($"https://sts{(settings.UseFips ? "-fips" : "")}.{region}.{Partition.Of(region).DualStackDnsSuffix}", region == "aws-global" ? "us-east-1" : region, "sts");
        }

        if (region == "aws-global")
        {
            // botocore's quirk kept: FIPS without a region asks for the pseudo-region's host.
            return Make(settings.UseFips ? "https://sts-fips.aws-global.amazonaws.com" : "https://sts.amazonaws.com", "us-east-1", "sts");
        }

        // FIPS is an endpoint variant, which botocore never sends to the global endpoint.
        if (mode == "legacy" && !settings.UseFips && LegacyGlobalStsRegions.Contains(region))
        {
            return Make("https://sts.amazonaws.com", "us-east-1", "sts");
        }

        var partition = Partition.Of(region);
        if (settings.UseFips && partition == Partition.GovCloud)
        {
            // GovCloud's regional STS endpoints are FIPS endpoints already.
            return Make($"https://sts.{region}.{partition.DnsSuffix}", region, "sts");
        }

        return Regional("sts", region, settings.UseFips, dualStack: false);
    }

    private static ServiceEndpoint Regional(string service, string region, bool fips, bool dualStack) =>
        Make($"https://{service}{(fips ? "-fips" : "")}.{region}.{Partition.Of(region).Suffix(dualStack)}", region, service);

    internal static ServiceEndpoint Make(string url, string signingRegion, string service) =>
        new(new Uri(url), signingRegion, service, IsConfigured: false);

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    // botocore's host-label check on region names: 1-63 letters, digits and inner dashes.
    private static bool IsValidRegion(string region) =>
        region.Length is > 0 and <= 63 && region[0] != '-' && region[^1] != '-'
        && region.AsSpan().IndexOfAnyExcept(RegionCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> RegionCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
}
