using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>The real STS client: SigV4-signed Query calls to the endpoint botocore would pick for the profile.</summary>
internal sealed class QueryStsClientFactory : IStsClientFactory
{
    // One transport per factory (one per command): a chain's calls to one endpoint share its connection.
    private IQueryTransport? _transport;

    public IStsClient Create(ResolvedProfile profile, AwsEnvironment environment, string? endpointUrlOption)
    {
        _transport ??= QueryTransports.For(environment);
        return StsClient.Create(_transport, EndpointResolver.SettingsFor("sts", profile, environment, endpointUrlOption));
    }
}
