namespace RoleCall.Credentials.Providers;

/// <summary>
/// A provider whose result is an STS session worth caching on disk (assume role, session token): it names
/// its cache key and returns the whole response so the cache file matches what the AWS CLI writes.
/// </summary>
public interface ISessionProvider : ICredentialProvider
{
    /// <summary>The file name stem in ~/.aws/cli/cache (the AWS CLI's key for assume role).</summary>
    string CacheKey { get; }

    ValueTask<StsSession> FetchSessionAsync(CancellationToken cancellation);
}
