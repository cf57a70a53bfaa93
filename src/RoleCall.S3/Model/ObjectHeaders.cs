namespace RoleCall.S3.Model;

/// <summary>
/// What a PutObject (or CreateMultipartUpload) stores beside the bytes and returns on GET/HEAD: the
/// standard representation headers and the user metadata (`x-amz-meta-*`, names lower-cased as S3 does).
/// </summary>
public sealed record ObjectHeaders
{
    public static ObjectHeaders Empty { get; } = new();

    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ContentDisposition { get; init; }

    public string? ContentLanguage { get; init; }

    public string? CacheControl { get; init; }

    public string? Expires { get; init; }

    /// <summary>User metadata without the `x-amz-meta-` prefix, in the order sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];
}
