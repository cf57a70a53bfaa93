namespace RoleCall.Iam.Model;

/// <summary>An AWS account hosted by the local service; its root keys are access keys without a user.</summary>
public sealed record IamAccount(string AccountId, DateTimeOffset CreateDate)
{
    public string RootArn => $"arn:aws:iam::{AccountId}:root";
}
