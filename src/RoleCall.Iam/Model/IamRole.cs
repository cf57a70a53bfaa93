namespace RoleCall.Iam.Model;

/// <summary>
/// An IAM role: its trust policy (the resource policy STS evaluates on AssumeRole), the session-length cap,
/// and an optional permissions boundary.
/// </summary>
public sealed record IamRole(string AccountId, string Id, string Name, string Path, DateTimeOffset CreateDate, string AssumeRolePolicyDocument)
    : IamEntity(AccountId, Id, Name, Path, CreateDate)
{
    public const int DefaultMaxSessionDuration = 3600;

    public override EntityKind Kind => EntityKind.Role;

    public string? Description { get; init; }

    /// <summary>Seconds, 3600..43200.</summary>
    public int MaxSessionDuration { get; init; } = DefaultMaxSessionDuration;

    public string? PermissionsBoundaryArn { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>When and where the role was last assumed (GetRole's RoleLastUsed); STS may record it.</summary>
    public DateTimeOffset? LastUsedDate { get; init; }

    public string? LastUsedRegion { get; init; }
}
