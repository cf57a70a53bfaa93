using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN / AWS_CREDENTIAL_EXPIRATION.</summary>
public sealed class EnvironmentProvider(AwsCredentials credentials, TimeProvider time) : ICredentialProvider
{
    public AwsCredentials Credentials { get; } = credentials;

    public string Method => "env";

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        ValueTask.FromResult(StaticKeysProvider.EnsureUnexpired(Credentials, "the environment (AWS_CREDENTIAL_EXPIRATION)", time));
}
