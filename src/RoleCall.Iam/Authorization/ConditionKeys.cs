namespace RoleCall.Iam.Authorization;

/// <summary>The global and STS condition key names the service populates (facts file, "Condition keys").</summary>
internal static class ConditionKeys
{
    public const string PrincipalArn = "aws:PrincipalArn";
    public const string PrincipalAccount = "aws:PrincipalAccount";
    public const string PrincipalType = "aws:PrincipalType";
    public const string UserId = "aws:userid";
    public const string UserName = "aws:username";
    public const string MultiFactorAuthPresent = "aws:MultiFactorAuthPresent";
    public const string MultiFactorAuthAge = "aws:MultiFactorAuthAge";
    public const string TokenIssueTime = "aws:TokenIssueTime";
    public const string CurrentTime = "aws:CurrentTime";
    public const string EpochTime = "aws:EpochTime";
    public const string SourceIp = "aws:SourceIp";
    public const string SecureTransport = "aws:SecureTransport";
    public const string RequestedRegion = "aws:RequestedRegion";
    public const string PrincipalTagPrefix = "aws:PrincipalTag/";
    public const string RequestTagPrefix = "aws:RequestTag/";
    public const string TagKeys = "aws:TagKeys";
    public const string SourceIdentity = "aws:SourceIdentity";
    public const string StsExternalId = "sts:ExternalId";
    public const string StsRoleSessionName = "sts:RoleSessionName";
    public const string StsSourceIdentity = "sts:SourceIdentity";
    public const string StsTransitiveTagKeys = "sts:TransitiveTagKeys";
}
