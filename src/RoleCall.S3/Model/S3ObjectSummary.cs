namespace RoleCall.S3.Model;

/// <summary>
/// What a listing shows of an object: its key, size, ETag and time. Listings read only these columns, so a
/// page of 1,000 keys does not parse each object's headers, checksums and tags.
/// </summary>
public sealed record S3ObjectSummary(string Key, long Size, string ETag, DateTimeOffset LastModified);
