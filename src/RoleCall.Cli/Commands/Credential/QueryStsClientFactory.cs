using RoleCall.Config.Profiles;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>The real STS client over the Query protocol (the protocol developer's client and endpoint resolver).</summary>
internal sealed class QueryStsClientFactory : IStsClientFactory
{
    public IStsClient Create(ResolvedProfile profile, string? endpointUrlOption) =>
        throw new NotSupportedException("the Query STS client is not wired in yet");
}
