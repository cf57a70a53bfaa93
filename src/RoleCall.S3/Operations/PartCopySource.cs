namespace RoleCall.S3.Operations;

/// <summary>UploadPartCopy's source: `x-amz-copy-source` (bucket and key), `x-amz-copy-source-range` (or null) and the `x-amz-copy-source-if-*` conditions.</summary>
public sealed record PartCopySource(string Bucket, string Key, string? Range, GetConditions Conditions);
