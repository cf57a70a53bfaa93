namespace RoleCall.Iam.Model;

/// <summary>
/// What users, groups and roles share: identity, path, and the policies they hold. The attached managed
/// policy ARNs and the inline policies live in the entity itself (one read gives the authorizer everything);
/// the store keeps a reverse index for ListEntitiesForPolicy and AttachmentCount.
/// </summary>
/// <param name="AccountId">The owning 12-digit account.</param>
/// <param name="Id">The 21-character unique ID (`AIDA...`, `AGPA...`, `AROA...`).</param>
/// <param name="Name">UserName, GroupName or RoleName; unique per account and kind, case-insensitively as in AWS.</param>
/// <param name="Path">`/` or `/a/b/`.</param>
/// <param name="CreateDate">When IAM created it.</param>
public abstract record IamEntity(string AccountId, string Id, string Name, string Path, DateTimeOffset CreateDate)
{
    public abstract EntityKind Kind { get; }

    /// <summary>`arn:aws:iam::ACCT:user/path/name` (the path is part of the ARN for all three kinds).</summary>
    public string Arn => $"arn:aws:iam::{AccountId}:{ArnType(Kind)}{Path}{Name}";

    public IReadOnlyList<string> AttachedPolicyArns { get; init; } = [];

    public IReadOnlyList<InlinePolicy> InlinePolicies { get; init; } = [];

    public static string ArnType(EntityKind kind) => kind switch
    {
        EntityKind.User => "user",
        EntityKind.Group => "group",
        _ => "role",
    };
}
