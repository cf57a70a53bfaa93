using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Makes the STS client for a profile (its region and endpoint, `--endpoint-url`, how to connect); tests pass
/// a fake.
/// </summary>
internal interface IStsClientFactory
{
    IStsClient Create(ResolvedProfile profile, AwsEnvironment environment, string? endpointUrlOption, TransportSettings transport);
}
