namespace RoleCall.Protocol.RestXml;

/// <summary>One object of a ListObjectsV2 page (`Contents`): its key (decoded), last change and size in bytes.</summary>
public sealed record S3ObjectSummary(string Key, DateTimeOffset LastModified, long Size);
