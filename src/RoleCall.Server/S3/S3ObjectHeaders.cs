using Microsoft.AspNetCore.Http;
using RoleCall.S3.Model;

namespace RoleCall.Server.S3;

/// <summary>
/// Object headers both ways: what a PUT (or CreateMultipartUpload) stores, and what GET and HEAD return
/// (ETag, Last-Modified, Content-Type defaulting to binary/octet-stream as S3 does, user metadata).
/// </summary>
internal static class S3ObjectHeaders
{
    private const string MetaPrefix = "x-amz-meta-";

    public static ObjectHeaders Read(HttpRequest request)
    {
        var metadata = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers)
        {
            if (name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > MetaPrefix.Length)
            {
                metadata.Add(KeyValuePair.Create(name[MetaPrefix.Length..].ToLowerInvariant(), values.ToString()));
            }
        }

        return new ObjectHeaders
        {
            ContentType = Value(request, "Content-Type"),
            ContentEncoding = StripAwsChunked(Value(request, "Content-Encoding")),
            ContentDisposition = Value(request, "Content-Disposition"),
            ContentLanguage = Value(request, "Content-Language"),
            CacheControl = Value(request, "Cache-Control"),
            Expires = Value(request, "Expires"),
            Metadata = metadata,
        };
    }

    public static void Write(HttpResponse response, S3Object entry, bool checksums)
    {
        var headers = response.Headers;
        headers.ETag = entry.ETag;
        headers.LastModified = S3Formats.Http(entry.LastModified);
        headers.AcceptRanges = "bytes";
        headers.ContentType = entry.Headers.ContentType ?? "binary/octet-stream";
        Set(headers, "Content-Encoding", entry.Headers.ContentEncoding);
        Set(headers, "Content-Disposition", entry.Headers.ContentDisposition);
        Set(headers, "Content-Language", entry.Headers.ContentLanguage);
        Set(headers, "Cache-Control", entry.Headers.CacheControl);
        Set(headers, "Expires", entry.Headers.Expires);
        foreach (var (name, value) in entry.Headers.Metadata)
        {
            headers[MetaPrefix + name] = value;
        }

        if (entry.Tags.Count > 0)
        {
            headers["x-amz-tagging-count"] = entry.Tags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (checksums)
        {
            foreach (var (algorithm, value) in entry.Checksums)
            {
                headers["x-amz-checksum-" + algorithm.ToLowerInvariant()] = value;
            }
        }
    }

    private static string? Value(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private static void Set(IHeaderDictionary headers, string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = value;
        }
    }

    /// <summary>`aws-chunked` describes the transfer, not the object: S3 drops it from the stored Content-Encoding.</summary>
    private static string? StripAwsChunked(string? encoding)
    {
        if (encoding is null)
        {
            return null;
        }

        var kept = encoding.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0 && !e.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase)).ToList();
        return kept.Count == 0 ? null : string.Join(",", kept);
    }
}
