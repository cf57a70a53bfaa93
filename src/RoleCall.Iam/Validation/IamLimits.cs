namespace RoleCall.Iam.Validation;

/// <summary>IAM's quotas and lengths (IAM User Guide, "IAM and AWS STS quotas").</summary>
public static class IamLimits
{
    public const int UserOrRoleNameLength = 64;
    public const int GroupOrPolicyNameLength = 128;
    public const int PathLength = 512;
    public const int RoleDescriptionLength = 1000;
    public const int PolicyDescriptionLength = 1000;
    public const int ManagedPolicySize = 6144;
    public const int TrustPolicySize = 2048;
    public const int InlineUserAggregate = 2048;
    public const int InlineRoleAggregate = 10240;
    public const int InlineGroupAggregate = 5120;
    public const int AttachedPoliciesPerEntity = 10;
    public const int AccessKeysPerUser = 2;
    public const int VersionsPerPolicy = 5;
    public const int GroupsPerUser = 10;
    public const int TagsPerEntity = 50;
    public const int MinSessionDuration = 3600;
    public const int MaxSessionDuration = 43200;
    public const int DefaultMaxItems = 100;
    public const int MaxMaxItems = 1000;
    public const int PolicyDocumentLength = 131072;
}
