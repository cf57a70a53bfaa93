using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// The caching decorator for profiles with `vault_sessions = true`: the role session is kept encrypted in the
/// vault instead of ~/.aws/cli/cache (which the AWS CLI shares, in plain text). Same freshness rule as
/// <see cref="CachingProvider"/>: an entry with less than 15 minutes left is fetched again.
/// </summary>
public sealed class VaultCachingProvider(ISessionProvider inner, IVaultStore vault, TimeProvider time) : ICredentialProvider
{
    private AwsCredentials? _resolved;

    public ISessionProvider Inner { get; } = inner;

    public string Method => Inner.Method;

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        if (_resolved is { } known && IsFresh(known))
        {
            return known;
        }

        if (vault.ReadSession(Inner.CacheKey) is { } cached && IsFresh(cached))
        {
            return _resolved = cached;
        }

        var session = await Inner.FetchSessionAsync(cancellation);
        vault.WriteSession(Inner.CacheKey, session.Credentials);
        return _resolved = session.Credentials;
    }

    private bool IsFresh(AwsCredentials credentials) =>
        credentials.Expiration is { } expiration && expiration - time.GetUtcNow() >= CachingProvider.StaleWindow;
}
