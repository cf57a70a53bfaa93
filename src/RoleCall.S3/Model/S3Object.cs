namespace RoleCall.S3.Model;

/// <summary>
/// An object's metadata row; its bytes live in <see cref="Bodies.IObjectBodies"/>: the <see cref="Body"/>
/// segments read in order (one for PutObject, the parts' bodies for a completed multipart upload). The row
/// points only at complete bodies: a body is renamed into place before the row that names it is written.
/// The ETag is quoted, as on the wire: `"md5hex"`, or `"md5-of-md5s-N"` for multipart.
/// </summary>
public sealed record S3Object(string Bucket, string Key, IReadOnlyList<BodySegment> Body, long Size, string ETag, DateTimeOffset LastModified, ObjectHeaders Headers)
{
    /// <summary>The ids of the body files this object reads (to delete them with it).</summary>
    public IEnumerable<string> BodyIds => Body.Select(s => s.BodyId);

    /// <summary>Checksums stored with the object (`CRC32` -> base64), returned on request with x-amz-checksum-mode.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Checksums { get; init; } = [];

    /// <summary>The tag set (PutObjectTagging / x-amz-tagging).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];
}
