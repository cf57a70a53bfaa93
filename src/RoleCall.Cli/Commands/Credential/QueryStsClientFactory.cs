using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>The real STS client: SigV4-signed Query calls to the endpoint botocore would pick for the profile.</summary>
internal sealed class QueryStsClientFactory : IStsClientFactory
{
    // One HttpClient per process: connection reuse across a chain's calls.
    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) }));

    public IStsClient Create(ResolvedProfile profile, AwsEnvironment environment, string? endpointUrlOption) =>
        StsClient.Create(Http.Value, EndpointResolver.SettingsFor("sts", profile, environment, endpointUrlOption));
}
