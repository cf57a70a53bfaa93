namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Writes the canonical request in its three parts, so the signer (headers from a list) and the verifier
/// (headers looked up by the names the client signed) share one implementation:
/// <code>
/// METHOD\nCANONICAL_PATH\nCANONICAL_QUERY\n   (head)
/// name:value\n ...                           (one line per signed header, names sorted)
/// \nSIGNED_HEADERS\nPAYLOAD_HASH             (tail)
/// </code>
/// </summary>
internal static class CanonicalRequest
{
    public static void AppendHead(ref Utf8Buffer buffer, string method, string path, string rawQuery, SigV4Options options,
        scoped ReadOnlySpan<byte> skipKey = default, scoped ReadOnlySpan<byte> skipKey2 = default)
    {
        buffer.Append(method);
        buffer.Append((byte)'\n');
        CanonicalPath.Append(ref buffer, path, options);
        buffer.Append((byte)'\n');
        CanonicalQuery.Append(ref buffer, rawQuery, skipKey, skipKey2);
        buffer.Append((byte)'\n');
    }

    /// <summary>
    /// Writes `name:value\n` with the value trimmed and each run of whitespace (including folded line
    /// breaks) reduced to one space. <paramref name="lowerCaseName"/> must already be lower case.
    /// </summary>
    public static void AppendHeader(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> lowerCaseName, scoped ReadOnlySpan<char> value)
    {
        buffer.Append(lowerCaseName);
        buffer.Append((byte)':');
        AppendTrimmedValue(ref buffer, value);
        buffer.Append((byte)'\n');
    }

    /// <summary>Appends one more value of a repeated header: `,value`.</summary>
    public static void AppendHeaderContinuation(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> value)
    {
        // Replace the line end written by AppendHeader with the separator.
        buffer.Truncate(buffer.Length - 1);
        buffer.Append((byte)',');
        AppendTrimmedValue(ref buffer, value);
        buffer.Append((byte)'\n');
    }

    public static void AppendTail(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> signedHeaders, scoped ReadOnlySpan<char> payloadHash)
    {
        buffer.Append((byte)'\n');
        buffer.Append(signedHeaders);
        buffer.Append((byte)'\n');
        buffer.Append(payloadHash);
    }

    private static void AppendTrimmedValue(ref Utf8Buffer buffer, scoped ReadOnlySpan<char> value)
    {
        value = value.Trim(" \t\r\n");
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsSpace(value[i]))
            {
                continue;
            }

            buffer.Append(value[start..i]);
            buffer.Append((byte)' ');
            while (i + 1 < value.Length && IsSpace(value[i + 1]))
            {
                i++;
            }

            start = i + 1;
        }

        buffer.Append(value[start..]);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
