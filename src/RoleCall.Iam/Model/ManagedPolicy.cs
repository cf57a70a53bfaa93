namespace RoleCall.Iam.Model;

/// <summary>
/// A managed policy with its versions (at most 5, so they live inside the policy). AWS managed policies use
/// the account `aws` and are served from the built-in catalog, never stored.
/// </summary>
public sealed record ManagedPolicy(string AccountId, string PolicyId, string Name, string Path, DateTimeOffset CreateDate)
{
    public const string AwsAccount = "aws";

    public string Arn => $"arn:aws:iam::{AccountId}:policy{Path}{Name}";

    public bool IsAwsManaged => AccountId == AwsAccount;

    public string? Description { get; init; }

    public string DefaultVersionId { get; init; } = "v1";

    public DateTimeOffset UpdateDate { get; init; }

    public IReadOnlyList<PolicyVersion> Versions { get; init; } = [];

    /// <summary>The number the next CreatePolicyVersion gets (AWS never reuses version numbers).</summary>
    public int NextVersionNumber { get; init; } = 2;

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public PolicyVersion? Version(string versionId) => Versions.FirstOrDefault(v => v.VersionId == versionId);

    public PolicyVersion DefaultVersion => Version(DefaultVersionId) ?? Versions[0];
}
