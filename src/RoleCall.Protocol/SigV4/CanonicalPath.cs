namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The canonical URI: for every service but S3 the path is normalized (RFC 3986 dot segments removed,
/// repeated slashes collapsed) and then URI-encoded once more ("double encoding").
/// </summary>
internal static class CanonicalPath
{
    public static void Append(ref Utf8Buffer buffer, string path, SigV4Options options)
    {
        if (path.Length == 0 || path == "/")
        {
            buffer.Append((byte)'/');
            return;
        }

        var normalized = options.NormalizePath ? Normalize(path) : path;
        UriEncoding.AppendPath(ref buffer, normalized, keepEscapes: !options.DoubleEncodePath);
    }

    /// <summary>Removes `.` and `..` segments and empty segments; keeps a trailing slash.</summary>
    public static string Normalize(string path)
    {
        if (!NeedsNormalizing(path))
        {
            return path;
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        var joined = "/" + string.Join('/', segments);
        // A trailing slash (or a final dot segment, which names a directory) survives normalization.
        var endsLikeDirectory = path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
        return endsLikeDirectory && segments.Count > 0 ? joined + "/" : joined;
    }

    private static bool NeedsNormalizing(string path)
    {
        if (path[0] != '/' || path.Contains("//", StringComparison.Ordinal))
        {
            return true;
        }

        // Look for a "." or ".." segment.
        var start = 1;
        while (start <= path.Length)
        {
            var end = path.IndexOf('/', start);
            if (end < 0)
            {
                end = path.Length;
            }

            var segment = path.AsSpan(start, end - start);
            if (segment is "." or "..")
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }
}
