namespace RoleCall.Iam.Model;

/// <summary>One version (`v1`, `v2`, ...) of a managed policy; the document is the JSON as submitted.</summary>
public sealed record PolicyVersion(string VersionId, string Document, DateTimeOffset CreateDate);
