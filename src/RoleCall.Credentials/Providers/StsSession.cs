using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// What an STS call that issues credentials answered: the credentials and, for AssumeRole*, the assumed-role
/// user. Kept whole so the cache file has the AWS CLI's content.
/// </summary>
public sealed record StsSession(
    AwsCredentials Credentials,
    string? AssumedRoleArn = null,
    string? AssumedRoleId = null,
    int? PackedPolicySize = null,
    string? SourceIdentity = null,
    string? RequestId = null)
{
    /// <summary>
    /// `sso` for IAM Identity Center role credentials: the cache entry is then botocore's SSO form
    /// (`ProviderType` and `Credentials` only), which the AWS CLI v2's `sso logout` finds and deletes.
    /// </summary>
    public string? ProviderType { get; init; }
}
