using RoleCall.Config;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// Where the SSO portal and SSO OIDC calls go, in botocore's order: the service-specific variable
/// (`AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL_SSO_OIDC`), then `AWS_ENDPOINT_URL`, then the profile's
/// `endpoint_url`, else AWS's regional hosts. https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
/// </summary>
public sealed class SsoEndpoints(AwsEnvironment environment, string? profileEndpointUrl)
{
    public Uri Portal(string region) => Pick("AWS_ENDPOINT_URL_SSO", $"https://portal.sso.{region}.amazonaws.com");

    public Uri Oidc(string region) => Pick("AWS_ENDPOINT_URL_SSO_OIDC", $"https://oidc.{region}.amazonaws.com");

    private Uri Pick(string variable, string standard)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var specific = environment.Get(variable) is { Length: > 0 } value ? value : null;
        var configured = environment.IgnoreConfiguredEndpointUrls ? null : specific ?? environment.EndpointUrl ?? profileEndpointUrl;
        return new Uri((configured ?? standard).TrimEnd('/'));
    }
}
