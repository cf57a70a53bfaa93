using System.Text.Json;

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

    /// <summary>
    /// The token CreateToken answered, as either login flow caches it. The sso-session form keeps the
    /// registration and refresh token beside it, as botocore does, so that it can be refreshed.
    /// </summary>
    internal static SsoToken Created(JsonDocument answer, SsoLoginRequest request, SsoRegistration registration, DateTimeOffset now)
    {
        var root = answer.RootElement;
        var token = new SsoToken(request.StartUrl, request.Region,
            root.GetProperty("accessToken").GetString() ?? throw new InvalidDataException("the SSO OIDC answer has no accessToken"),
            now.AddSeconds(root.GetProperty("expiresIn").GetInt32()));
        return request.SessionName is null ? token : token with
        {
            ClientId = registration.ClientId,
            ClientSecret = registration.ClientSecret,
            RegistrationExpiresAt = registration.ExpiresAt,
            RefreshToken = root.TryGetProperty("refreshToken", out var refresh) ? refresh.GetString() : null,
        };
    }
}
