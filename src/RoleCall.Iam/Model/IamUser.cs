namespace RoleCall.Iam.Model;

/// <summary>An IAM user. Its access keys and MFA devices are separate entities that point back by <see cref="IamEntity.Id"/>.</summary>
public sealed record IamUser(string AccountId, string Id, string Name, string Path, DateTimeOffset CreateDate)
    : IamEntity(AccountId, Id, Name, Path, CreateDate)
{
    public override EntityKind Kind => EntityKind.User;

    public string? PermissionsBoundaryArn { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The groups the user is a member of, by group ID (so a group rename never goes stale here).</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    /// <summary>The console password (CreateLoginProfile), or null when the user cannot sign in to the console.</summary>
    public LoginProfile? LoginProfile { get; init; }
}
