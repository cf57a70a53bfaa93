namespace RoleCall.Protocol.RestXml;

/// <summary>
/// One page of ListObjectsV2: the objects, the common prefixes (with a delimiter), and where the next page
/// starts. Keys and prefixes are decoded when the service encoded them (`encoding-type=url`).
/// </summary>
public sealed record ListObjectsV2Page(
    IReadOnlyList<S3ObjectSummary> Contents,
    IReadOnlyList<string> CommonPrefixes,
    bool IsTruncated,
    string? NextContinuationToken);
