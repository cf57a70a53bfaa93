namespace RoleCall.Credentials.Sso;

/// <summary>
/// An IAM Identity Center access token as `~/.aws/sso/cache/&lt;sha1&gt;.json` holds it, with the client
/// registration the AWS CLI v2 keeps beside it so the token can be refreshed.
/// </summary>
public sealed record SsoToken(string StartUrl, string Region, string AccessToken, DateTimeOffset ExpiresAt)
{
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public DateTimeOffset? RegistrationExpiresAt { get; init; }

    public string? RefreshToken { get; init; }

    /// <summary>True when a refresh can be tried: a refresh token and a registration that has not expired.</summary>
    public bool CanRefresh(DateTimeOffset now) =>
        RefreshToken is not null && ClientId is not null && ClientSecret is not null && RegistrationExpiresAt > now;
}
