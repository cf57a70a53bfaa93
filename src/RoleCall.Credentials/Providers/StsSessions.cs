using RoleCall.Core.Identity;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Providers;

/// <summary>The session a provider keeps (and caches) from each STS answer that issues credentials.</summary>
internal static class StsSessions
{
    public static StsSession From(AssumeRoleResponse response) =>
        new(WithAccount(response.Credentials, response.AssumedRoleUser.Arn), response.AssumedRoleUser.Arn,
            response.AssumedRoleUser.AssumedRoleId, response.PackedPolicySize, response.SourceIdentity, response.RequestId);

    public static StsSession From(AssumeRoleWithWebIdentityResponse response) =>
        new(WithAccount(response.Credentials, response.AssumedRoleUser.Arn), response.AssumedRoleUser.Arn,
            response.AssumedRoleUser.AssumedRoleId, response.PackedPolicySize, response.SourceIdentity, response.RequestId);

    public static StsSession From(GetSessionTokenResponse response) => new(response.Credentials, RequestId: response.RequestId);

    /// <summary>The account of an assumed-role session is in its ARN (botocore adds it the same way).</summary>
    private static AwsCredentials WithAccount(AwsCredentials credentials, string arn) =>
        credentials.AccountId is null && Arn.TryParse(arn, out var parsed) ? credentials with { AccountId = parsed.Value.Account } : credentials;
}
