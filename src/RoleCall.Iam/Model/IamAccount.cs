namespace RoleCall.Iam.Model;

/// <summary>An AWS account hosted by the local service; its root keys are access keys without a user.</summary>
public sealed record IamAccount(string AccountId, DateTimeOffset CreateDate)
{
    public string RootArn => $"arn:aws:iam::{AccountId}:root";

    /// <summary>The account alias (AWS allows at most one), used in the console sign-in URL.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The password policy, or null when none is set (AWS's default rules apply).</summary>
    public PasswordPolicy? PasswordPolicy { get; init; }

    /// <summary>The root user's console password.</summary>
    public LoginProfile? RootLoginProfile { get; init; }
}
