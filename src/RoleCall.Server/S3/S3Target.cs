using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.S3;

/// <summary>
/// The bucket and key a request addresses. Virtual-hosted style (`Host: BUCKET.localhost:PORT`) takes the
/// bucket from the host and the key from the whole path; path style (`/BUCKET/KEY`) takes both from the
/// path. The key is percent-decoded exactly once and never normalized: `a/../b` and `a//b` are keys.
/// </summary>
internal sealed record S3Target(string? Bucket, string? Key)
{
    private const string VirtualHostSuffix = ".localhost";

    public static S3Target From(HttpRequest request, string rawPath)
    {
        var host = request.Host.Host;
        var path = rawPath.StartsWith('/') ? rawPath[1..] : rawPath;
        if (host.EndsWith(VirtualHostSuffix, StringComparison.OrdinalIgnoreCase) && host.Length > VirtualHostSuffix.Length)
        {
            var bucket = host[..^VirtualHostSuffix.Length];
            return new S3Target(bucket, path.Length == 0 ? null : Decode(path));
        }

        if (path.Length == 0)
        {
            return new S3Target(null, null);
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return new S3Target(Decode(path), null);
        }

        var key = path[(slash + 1)..];
        return new S3Target(Decode(path[..slash]), key.Length == 0 ? null : Decode(key));
    }

    /// <summary>`%XX` (UTF-8) only: in a path `+` is a plus sign.</summary>
    private static string Decode(string segment) => Uri.UnescapeDataString(segment);
}
