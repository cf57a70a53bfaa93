using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>aws_access_key_id / aws_secret_access_key (/ aws_session_token) of a profile in either file.</summary>
public sealed class StaticKeysProvider(string profile, AwsCredentials credentials, string method, TimeProvider time) : ICredentialProvider
{
    public const string CredentialsFileMethod = "shared-credentials-file";
    public const string ConfigFileMethod = "config-file";

    public string Profile { get; } = profile;

    public AwsCredentials Credentials { get; } = credentials;

    public string Method { get; } = method;

    public ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        ValueTask.FromResult(EnsureUnexpired(Credentials, $"profile '{Profile}'", time));

    /// <summary>Session credentials past their expiration fail here, with a hint, rather than at the service.</summary>
    internal static AwsCredentials EnsureUnexpired(AwsCredentials credentials, string source, TimeProvider time) =>
        credentials.Expiration is { } expiration && expiration <= time.GetUtcNow()
            ? throw CredentialErrors.Expired(source, expiration)
            : credentials;
}
