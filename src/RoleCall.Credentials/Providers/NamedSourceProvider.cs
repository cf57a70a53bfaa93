using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// credential_source = Environment | Ec2InstanceMetadata | EcsContainer: names which provider sources the
/// role, so the graph (and `--debug`) shows the configured name while the inner provider does the work.
/// </summary>
public sealed class NamedSourceProvider(string name, ICredentialProvider inner) : ICredentialProvider
{
    public string Name { get; } = name;

    public ICredentialProvider Inner { get; } = inner;

    public string Method => Inner.Method;

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) => Inner.ResolveAsync(cancellation);
}
