using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// The caching decorator: answers from ~/.aws/cli/cache while the entry has at least 15 minutes left
/// (botocore's refresh window for assume role), otherwise asks the inner provider and stores its session.
/// </summary>
public sealed class CachingProvider(ISessionProvider inner, FileCredentialCache cache, TimeProvider time) : ICredentialProvider
{
    /// <summary>Entries with less than this left are stale, as in botocore's CachedCredentialFetcher.</summary>
    public static readonly TimeSpan StaleWindow = TimeSpan.FromMinutes(15);

    private AwsCredentials? _resolved;

    public ISessionProvider Inner { get; } = inner;

    public string Method => Inner.Method;

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        if (_resolved is { } known && IsFresh(known))
        {
            return known;
        }

        if (cache.TryRead(Inner.CacheKey) is { } cached && IsFresh(cached.Credentials))
        {
            return _resolved = cached.Credentials;
        }

        var session = await Inner.FetchSessionAsync(cancellation);
        cache.Write(Inner.CacheKey, session);
        return _resolved = session.Credentials;
    }

    private bool IsFresh(AwsCredentials credentials) =>
        credentials.Expiration is { } expiration && expiration - time.GetUtcNow() >= StaleWindow;
}
