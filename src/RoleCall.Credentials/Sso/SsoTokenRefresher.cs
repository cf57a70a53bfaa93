using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sso;

/// <summary>CreateToken with the refresh_token grant, as botocore's SSOTokenProvider does; null when refused.</summary>
public static class SsoTokenRefresher
{
    public static async Task<SsoToken?> TryRefreshAsync(ISsoClient client, SsoToken token, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(token);
        try
        {
            using var answer = await client.OidcAsync("CreateToken", token.Region, "/token", new()
            {
                ["clientId"] = token.ClientId,
                ["clientSecret"] = token.ClientSecret,
                ["grantType"] = "refresh_token",
                ["refreshToken"] = token.RefreshToken,
            }, cancellation);
            var root = answer.RootElement;
            return token with
            {
                AccessToken = root.GetProperty("accessToken").GetString()!,
                ExpiresAt = now.AddSeconds(root.GetProperty("expiresIn").GetInt32()),
                RefreshToken = root.TryGetProperty("refreshToken", out var refresh) ? refresh.GetString() : token.RefreshToken,
            };
        }
        catch (AwsServiceException)
        {
            // botocore logs the failure and keeps the current token while it lasts; so does the caller.
            return null;
        }
    }
}
