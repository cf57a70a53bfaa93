namespace RoleCall.Credentials.Providers;

/// <summary>
/// A profile's role settings: role_arn, role_session_name, external_id, mfa_serial, duration_seconds.
/// <see cref="SessionName"/> is null when not configured (the provider then uses botocore-session-&lt;unix
/// seconds&gt;, and the name stays out of the cache key, as in botocore).
/// </summary>
public sealed record AssumeRoleOptions(
    string RoleArn,
    string? SessionName = null,
    string? ExternalId = null,
    string? MfaSerial = null,
    int? DurationSeconds = null,
    string? SourceIdentity = null);
