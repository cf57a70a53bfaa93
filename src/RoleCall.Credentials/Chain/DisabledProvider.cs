using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Chain;

/// <summary>A source switched off by configuration: resolving it reports why.</summary>
internal sealed class DisabledProvider(string reason) : ICredentialProvider
{
    public string Method => "none";

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        throw CredentialErrors.EndpointFailed("metadata endpoints", reason);
}
