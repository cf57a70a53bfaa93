namespace RoleCall.Protocol.RestXml;

/// <summary>One bucket of a ListBuckets answer.</summary>
public sealed record S3BucketSummary(string Name, DateTimeOffset CreationDate);
