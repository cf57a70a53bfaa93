using System.Globalization;

namespace RoleCall.S3.Operations;

/// <summary>An inclusive byte range of an object, resolved against its size (`bytes=0-99`, `bytes=100-`, `bytes=-50`).</summary>
public readonly record struct ByteRange(long First, long Last)
{
    public long Length => Last - First + 1;

    /// <summary>
    /// The range a Range header asks for, null to send the whole object (no header, or one S3 ignores:
    /// several ranges, another unit, bad syntax), or InvalidRange (416) when it starts past the end.
    /// </summary>
    public static ByteRange? Resolve(string? header, long size)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.Ordinal) || header.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var spec = header.AsSpan(6).Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0)
        {
            return null;
        }

        var firstText = spec[..dash].Trim();
        var lastText = spec[(dash + 1)..].Trim();
        if (firstText.IsEmpty)
        {
            // Suffix: the last N bytes.
            if (!long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix))
            {
                return null;
            }

            return suffix == 0 ? throw S3Errors.InvalidRange(header, size) : size == 0 ? null : new ByteRange(Math.Max(0, size - suffix), size - 1);
        }

        if (!long.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            return null;
        }

        var last = size - 1;
        if (!lastText.IsEmpty && (!long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < first))
        {
            return null;
        }

        return first >= size ? throw S3Errors.InvalidRange(header, size) : new ByteRange(first, Math.Min(last, size - 1));
    }
}
