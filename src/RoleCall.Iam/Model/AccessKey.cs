namespace RoleCall.Iam.Model;

/// <summary>
/// A long-term access key of an IAM user, or of the account root when <see cref="UserId"/> is null.
/// <see cref="ToString"/> leaves out the secret.
/// </summary>
public sealed record AccessKey(string AccessKeyId, string AccountId, string? UserId, string SecretAccessKey, DateTimeOffset CreateDate)
{
    public bool Active { get; init; } = true;

    public DateTimeOffset? LastUsedDate { get; init; }

    public string? LastUsedService { get; init; }

    public string? LastUsedRegion { get; init; }

    public bool IsRoot => UserId is null;

    public override string ToString() => $"AccessKey {{ AccessKeyId = {AccessKeyId}, AccountId = {AccountId}, UserId = {UserId}, Active = {Active} }}";
}
