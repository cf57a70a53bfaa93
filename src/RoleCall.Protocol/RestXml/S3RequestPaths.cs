using System.Text;

namespace RoleCall.Protocol.RestXml;

/// <summary>
/// The path and query of S3 requests, path-style (`/bucket/key`), as botocore writes them: every byte of the
/// key but the unreserved characters and `/` percent-encoded, nothing normalized, so `a/../b` and `a//b` stay
/// keys. S3's SigV4 canonical URI is this same path (single encoding, no normalization).
/// </summary>
public static class S3RequestPaths
{
    public static string BucketPath(string bucket) => "/" + Uri.EscapeDataString(bucket);

    public static string ObjectPath(string bucket, string key)
    {
        var path = new StringBuilder(BucketPath(bucket)).Append('/');
        var segments = key.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                path.Append('/');
            }

            path.Append(Uri.EscapeDataString(segments[i]));
        }

        return path.ToString();
    }

    /// <summary>A query string of name=value pairs (values encoded; a null value is a bare name such as `location`).</summary>
    public static string Query(params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name));
            if (value is not null)
            {
                query.Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return query.ToString();
    }
}
