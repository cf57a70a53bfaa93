using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Caching;
using RoleCall.Credentials.Sso;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// IAM Identity Center (sso_*): the cached access token from `~/.aws/sso/cache` (refreshed with its refresh
/// token when less than 15 minutes are left, as botocore does), then the portal's GetRoleCredentials for
/// the profile's account and role. The chain wraps it in the shared ~/.aws/cli/cache under botocore's key.
/// </summary>
public sealed class SsoProvider(string profile, string? startUrl, string? region, string? session, string? accountId, string? roleName, SsoServices? services = null, TimeProvider? time = null)
    : ISessionProvider
{
    /// <summary>botocore's SSOTokenProvider refreshes a token with less than this left.</summary>
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(15);

    public string Profile { get; } = profile;

    public string? StartUrl { get; } = startUrl;

    public string? Region { get; } = region;

    public string? Session { get; } = session;

    public string? AccountId { get; } = accountId;

    public string? RoleName { get; } = roleName;

    public string Method => "sso";

    /// <summary>
    /// botocore's SSOCredentialFetcher key: the SHA-1 of `json.dumps({roleName, accountId, and sessionName or
    /// startUrl}, sort_keys=True, separators=(',', ':'))`, so the AWS CLI and rolecall share the entry.
    /// </summary>
    public string CacheKey
    {
        get
        {
            var args = new List<KeyValuePair<string, object>> { new("roleName", RoleName ?? ""), new("accountId", AccountId ?? "") };
            args.Add(Session is null ? new("startUrl", StartUrl ?? "") : new("sessionName", Session));
            return AssumeRoleCacheKey.Sha1Hex(PythonJson.DumpsCompactSorted(args));
        }
    }

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation) =>
        (await FetchSessionAsync(cancellation)).Credentials;

    public async ValueTask<StsSession> FetchSessionAsync(CancellationToken cancellation)
    {
        if (AccountId is null || RoleName is null)
        {
            throw SsoErrors.NoRole(Profile);
        }

        if (StartUrl is null || Region is null)
        {
            throw SsoErrors.Incomplete(Profile);
        }

        var sso = services ?? throw SsoErrors.NotConfigured(Profile);
        var token = await TokenAsync(sso, cancellation);
        try
        {
            var credentials = await sso.Client.GetRoleCredentialsAsync(Region, token.AccessToken, AccountId, RoleName, cancellation);
            return new StsSession(credentials) { ProviderType = "sso" };
        }
        catch (AwsServiceException e) when (e.Code == "UnauthorizedException")
        {
            throw SsoErrors.TokenExpired(Profile);
        }
    }

    private async Task<SsoToken> TokenAsync(SsoServices sso, CancellationToken cancellation)
    {
        var key = SsoTokenCache.KeyFor(Session, StartUrl!);
        var token = sso.Tokens.TryRead(key) ?? throw SsoErrors.TokenMissing(Profile, Session ?? StartUrl!);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        if (token.ExpiresAt - now >= RefreshWindow)
        {
            return token;
        }

        if (Session is not null && token.CanRefresh(now))
        {
            var refreshed = await SsoTokenRefresher.TryRefreshAsync(sso.Client, token, now, cancellation);
            if (refreshed is not null)
            {
                sso.Tokens.Write(key, refreshed);
                return refreshed;
            }
        }

        // Like botocore: a token still valid is used until it expires, even when it could not be refreshed.
        return token.ExpiresAt > now ? token : throw SsoErrors.TokenExpired(Profile);
    }
}
