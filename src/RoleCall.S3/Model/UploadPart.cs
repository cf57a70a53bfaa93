namespace RoleCall.S3.Model;

/// <summary>One uploaded part; a part uploaded again under the same number replaces the earlier one.</summary>
public sealed record UploadPart(string UploadId, int PartNumber, string BodyId, long Size, string ETag, DateTimeOffset LastModified);
