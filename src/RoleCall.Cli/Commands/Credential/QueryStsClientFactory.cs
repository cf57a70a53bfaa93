using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>The real STS client: SigV4-signed Query calls to the endpoint botocore would pick for the profile.</summary>
internal sealed class QueryStsClientFactory : IStsClientFactory
{
    // A command opens one client for its whole chain, so the chain's calls to one endpoint share a connection.
    public IStsClient Create(ResolvedProfile profile, AwsEnvironment environment, string? endpointUrlOption, TransportSettings transport) =>
        StsClient.Create(QueryTransports.For(environment, transport), EndpointResolver.SettingsFor("sts", profile, environment, endpointUrlOption));
}
