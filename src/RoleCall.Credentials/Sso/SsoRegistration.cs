namespace RoleCall.Credentials.Sso;

/// <summary>
/// An SSO OIDC client registration as botocore caches it in `~/.aws/sso/cache` (a file of its own, beside the
/// tokens): the device flow's carries the scopes when any were configured; the authorization-code flow's also
/// names its grant types, which is how each flow tells its own registration from the other's.
/// </summary>
public sealed record SsoRegistration(string ClientId, string ClientSecret, DateTimeOffset ExpiresAt)
{
    /// <summary>The grants the authorization-code flow registers for (botocore's `_AUTH_GRANT_TYPES`).</summary>
    public static readonly IReadOnlyList<string> AuthorizationCodeGrants = ["authorization_code", "refresh_token"];

    public IReadOnlyList<string>? Scopes { get; init; }

    public IReadOnlyList<string>? GrantTypes { get; init; }

    /// <summary>botocore's `_is_registration_for_auth_code`: a registration without grantTypes is the device flow's.</summary>
    public bool IsForAuthorizationCode => GrantTypes?.Contains("authorization_code") == true;

    /// <summary>botocore reuses a registration until 15 minutes before it expires, as it does tokens.</summary>
    public bool IsUsableAt(DateTimeOffset now) => ExpiresAt - now >= TimeSpan.FromMinutes(15);
}
