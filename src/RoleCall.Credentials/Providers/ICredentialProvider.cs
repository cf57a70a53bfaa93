using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// One source of credentials (STYLE.md 2): environment, static keys, assume role, web identity, a process,
/// the container or instance metadata endpoint. The chain builder composes them into a graph; caching wraps
/// them as a decorator.
/// </summary>
public interface ICredentialProvider
{
    /// <summary>botocore's method name (`env`, `assume-role`, `shared-credentials-file`, ...), as `configure list` shows it.</summary>
    string Method { get; }

    ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation);
}
