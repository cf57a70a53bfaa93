namespace RoleCall.Credentials.Sso;

/// <summary>
/// What a login is for: the sso-session name (null for a legacy profile, keyed by start URL and refreshed never),
/// the portal's start URL, the Identity Center region, and the configured `sso_registration_scopes` (null when
/// the configuration names none; botocore keys the registration cache on exactly that).
/// </summary>
public sealed record SsoLoginRequest(string? SessionName, string StartUrl, string Region, IReadOnlyList<string>? Scopes);
