using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// SigV4's URI encoding: every byte of the UTF-8 form except the unreserved characters `A-Z a-z 0-9 - _ . ~`
/// becomes `%XX` with upper-case hex.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
/// </summary>
internal static class UriEncoding
{
    public static bool IsUnreserved(int b) =>
        (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9 || b is '-' or '_' or '.' or '~';

    /// <summary>
    /// Writes a query-string key or value as it belongs in the canonical query string: escapes already in
    /// <paramref name="raw"/> are decoded first, so `%E1%88%B4` and the raw character give the same result.
    /// A `+` is a literal plus (RFC 3986), never a space.
    /// </summary>
    public static void AppendQueryComponent(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> raw)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%' && TryDecodeEscape(raw, i, out var decoded))
            {
                AppendEncodedByte(ref buffer, decoded);
                i += 2;
            }
            else if (c < 0x80)
            {
                AppendEncodedByte(ref buffer, (byte)c);
            }
            else
            {
                i += AppendNonAscii(ref buffer, raw, i, utf8) - 1;
            }
        }
    }

    /// <summary>
    /// Writes a path encoded once more: every byte but the unreserved ones and `/`. With
    /// <paramref name="keepEscapes"/> (single encoding, S3 style) existing `%XX` escapes pass through;
    /// otherwise (every other service: "double encoding") their `%` becomes `%25`.
    /// </summary>
    public static void AppendPath(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> path, bool keepEscapes)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '/' || (keepEscapes && c == '%' && TryDecodeEscape(path, i, out _)))
            {
                buffer.Append((byte)c);
            }
            else if (c < 0x80)
            {
                AppendEncodedByte(ref buffer, (byte)c);
            }
            else
            {
                i += AppendNonAscii(ref buffer, path, i, utf8) - 1;
            }
        }
    }

    /// <summary>Encodes <paramref name="value"/> for a query string or form body (space as `%20`).</summary>
    public static string Encode(string value)
    {
        if (IsAllUnreserved(value))
        {
            return value;
        }

        var buffer = new Utf8Buffer(value.Length * 3 + 16);
        try
        {
            AppendQueryComponentLiteral(ref buffer, value);
            return buffer.ToUtf8String();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Like <see cref="AppendQueryComponent"/> but treats `%` as a literal character.</summary>
    public static void AppendQueryComponentLiteral(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] < 0x80)
            {
                AppendEncodedByte(ref buffer, (byte)value[i]);
            }
            else
            {
                i += AppendNonAscii(ref buffer, value, i, utf8) - 1;
            }
        }
    }

    public static bool TryDecodeEscape(ReadOnlySpan<char> text, int percentIndex, out byte value)
    {
        value = 0;
        if (percentIndex + 2 >= text.Length)
        {
            return false;
        }

        var high = HexValue(text[percentIndex + 1]);
        var low = HexValue(text[percentIndex + 2]);
        if (high < 0 || low < 0)
        {
            return false;
        }

        value = (byte)((high << 4) | low);
        return true;
    }

    private static bool IsAllUnreserved(string value)
    {
        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendEncodedByte(ref Utf8Buffer buffer, byte b)
    {
        if (IsUnreserved(b))
        {
            buffer.Append(b);
        }
        else
        {
            buffer.AppendPercentEncoded(b);
        }
    }

    /// <summary>Encodes the character (or surrogate pair) at <paramref name="index"/>; returns chars consumed.</summary>
    private static int AppendNonAscii(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> text, int index, scoped Span<byte> scratch)
    {
        // A lone surrogate becomes U+FFFD, as every UTF-8 encoder does.
        Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed);
        var written = rune.EncodeToUtf8(scratch);
        for (var k = 0; k < written; k++)
        {
            buffer.AppendPercentEncoded(scratch[k]);
        }

        return Math.Max(consumed, 1);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
