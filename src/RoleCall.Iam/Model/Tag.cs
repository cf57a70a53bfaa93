namespace RoleCall.Iam.Model;

/// <summary>An IAM tag (key 1-128, value 0-256 characters).</summary>
public sealed record Tag(string Key, string Value);
