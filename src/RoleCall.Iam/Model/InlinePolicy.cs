namespace RoleCall.Iam.Model;

/// <summary>An inline policy embedded in a user, group or role; the document is the JSON as submitted.</summary>
public sealed record InlinePolicy(string Name, string Document);
