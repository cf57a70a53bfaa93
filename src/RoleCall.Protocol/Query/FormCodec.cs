using System.Buffers;
using System.Text;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Query;

/// <summary>
/// `application/x-www-form-urlencoded` both ways, as the AWS Query protocol uses it for POST bodies and GET
/// query strings: parsing decodes `%XX` (UTF-8) and `+` as a space, a later duplicate wins; encoding
/// writes AWS's (and botocore's) spelling: every byte but `A-Z a-z 0-9 - _ . ~` as `%XX`, so a space is
/// `%20` and `+` is `%2B`.
/// </summary>
public static class FormCodec
{
    /// <summary>Parses a form body given as UTF-8 bytes.</summary>
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> body)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        AddTo(parameters, body);
        return parameters;
    }

    /// <summary>Parses a query string (without `?`) or a form body given as text.</summary>
    public static Dictionary<string, string> Parse(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        AddTo(parameters, encoded);
        return parameters;
    }

    /// <summary>Adds the pairs of <paramref name="encoded"/> to <paramref name="parameters"/> (later wins).</summary>
    public static void AddTo(Dictionary<string, string> parameters, string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (encoded.Length == 0)
        {
            return;
        }

        // Query strings are ASCII on the wire; a stray non-ASCII character is kept as its UTF-8 bytes.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(encoded.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(encoded, bytes);
            AddTo(parameters, bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Adds the pairs of a UTF-8 form body to <paramref name="parameters"/> (later wins).</summary>
    public static void AddTo(Dictionary<string, string> parameters, ReadOnlySpan<byte> encoded)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        byte[]? rented = null;
        var scratch = encoded.Length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(encoded.Length));
        try
        {
            while (encoded.Length > 0)
            {
                var amp = encoded.IndexOf((byte)'&');
                var pair = amp < 0 ? encoded : encoded[..amp];
                encoded = amp < 0 ? default : encoded[(amp + 1)..];
                if (pair.IsEmpty)
                {
                    continue;
                }

                var eq = pair.IndexOf((byte)'=');
                var name = Decode(eq < 0 ? pair : pair[..eq], scratch);
                parameters[name] = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..], scratch);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Encodes pairs as `a=1&amp;b=x%20y`, in the order given.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var text = new StringBuilder(256);
        foreach (var (name, value) in parameters)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(EncodeComponent(name)).Append('=').Append(EncodeComponent(value));
        }

        return text.ToString();
    }

    /// <summary>One name or value in AWS's encoding (`%20` for space, upper-case hex).</summary>
    public static string EncodeComponent(string value) => UriEncoding.Encode(value);

    private static string Decode(ReadOnlySpan<byte> encoded, Span<byte> scratch)
    {
        if (encoded.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            return Encoding.UTF8.GetString(encoded);
        }

        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+')
            {
                b = (byte)' ';
            }
            else if (b == '%' && i + 2 < encoded.Length && HexValue(encoded[i + 1]) is var high and >= 0 && HexValue(encoded[i + 2]) is var low and >= 0)
            {
                b = (byte)((high << 4) | low);
                i += 2;
            }

            scratch[length++] = b;
        }

        return Encoding.UTF8.GetString(scratch[..length]);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
