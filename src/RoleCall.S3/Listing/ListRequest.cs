namespace RoleCall.S3.Listing;

/// <summary>
/// A listing request, v1 or v2 alike: the prefix, the delimiter, where to resume (v1 marker, v2
/// start-after or the decoded continuation token: exclusive) and the page size (max-keys, at most 1,000).
/// </summary>
public sealed record ListRequest(string Bucket, string Prefix, string? Delimiter, string? After, int MaxKeys);
