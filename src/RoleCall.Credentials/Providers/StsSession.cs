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
    string? RequestId = null);
