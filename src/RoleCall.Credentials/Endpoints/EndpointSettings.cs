namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// Everything endpoint resolution depends on, already reduced to values: the service (`sts`, `iam`, or any
/// other service id), the region (null when none is configured), --endpoint-url, the configured endpoint
/// (AWS_ENDPOINT_URL_&lt;SERVICE&gt; > AWS_ENDPOINT_URL > `services` section > profile `endpoint_url`, after the
/// ignore flags: ResolvedProfile.ConfiguredEndpointUrl), FIPS, dual-stack and `sts_regional_endpoints`.
/// </summary>
public sealed record EndpointSettings(string ServiceId, string? Region)
{
    /// <summary>--endpoint-url: beats everything, also the ignore flags.</summary>
    public string? ExplicitEndpointUrl { get; init; }

    public string? ConfiguredEndpointUrl { get; init; }

    public bool UseFips { get; init; }

    /// <summary>`use_dualstack_endpoint`: the IPv4+IPv6 hosts (`sts.REGION.api.aws`); a configured URL still wins.</summary>
    public bool UseDualStack { get; init; }

    /// <summary>`legacy` or `regional` (null means regional); anything else is a configuration error.</summary>
    public string? StsRegionalEndpoints { get; init; }
}
