namespace RoleCall.S3.Model;

/// <summary>
/// An object's metadata row; its bytes live in <see cref="Bodies.IObjectBodies"/> under <see cref="BodyId"/>.
/// The row points only at complete bodies: a body is renamed into place before the row that names it is written.
/// The ETag is quoted, as on the wire: `"md5hex"`, or `"md5-of-md5s-N"` for multipart.
/// </summary>
public sealed record S3Object(string Bucket, string Key, string BodyId, long Size, string ETag, DateTimeOffset LastModified, ObjectHeaders Headers)
{
    /// <summary>Checksums stored with the object (`CRC32` -> base64), returned on request with x-amz-checksum-mode.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Checksums { get; init; } = [];

    /// <summary>The tag set (PutObjectTagging / x-amz-tagging).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];
}
