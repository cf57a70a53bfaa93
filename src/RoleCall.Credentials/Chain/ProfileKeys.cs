namespace RoleCall.Credentials.Chain;

/// <summary>The profile settings the chain reads (lower-case, as the parser stores them).</summary>
internal static class ProfileKeys
{
    public const string AccessKeyId = "aws_access_key_id";
    public const string SecretAccessKey = "aws_secret_access_key";
    public const string SessionToken = "aws_session_token";
    public const string AccountId = "aws_account_id";
    public const string RoleArn = "role_arn";
    public const string SourceProfile = "source_profile";
    public const string CredentialSource = "credential_source";
    public const string RoleSessionName = "role_session_name";
    public const string ExternalId = "external_id";
    public const string MfaSerial = "mfa_serial";
    public const string DurationSeconds = "duration_seconds";
    public const string SourceIdentity = "source_identity";
    public const string WebIdentityTokenFile = "web_identity_token_file";
    public const string CredentialProcess = "credential_process";
    public const string SsoSession = "sso_session";
    public const string SsoStartUrl = "sso_start_url";
    public const string SsoAccountId = "sso_account_id";
    public const string SsoRoleName = "sso_role_name";
    public const string Ec2MetadataEndpoint = "ec2_metadata_service_endpoint";
    public const string Ec2MetadataEndpointMode = "ec2_metadata_service_endpoint_mode";

    /// <summary>RoleCall's opt-in MFA session (documented in docs/readme/credentials.md).</summary>
    public const string MfaSession = "mfa_session";
    public const string MfaSessionDurationSeconds = "mfa_session_duration_seconds";

    /// <summary>RoleCall's opt-in: keep this role profile's sessions encrypted in the vault, not ~/.aws/cli/cache.</summary>
    public const string VaultSessions = "vault_sessions";
}
