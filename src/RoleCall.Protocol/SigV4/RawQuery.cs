using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>Finds one parameter in a raw query string and percent-decodes its value (`+` stays `+`).</summary>
internal static class RawQuery
{
    public static string? Get(string rawQuery, string name)
    {
        var query = rawQuery.AsSpan();
        while (query.Length > 0)
        {
            var amp = query.IndexOf('&');
            var pair = amp < 0 ? query : query[..amp];
            query = amp < 0 ? default : query[(amp + 1)..];
            if (pair.Length > name.Length && pair[name.Length] == '=' && pair.StartsWith(name, StringComparison.Ordinal))
            {
                return Decode(pair[(name.Length + 1)..]);
            }
        }

        return null;
    }

    public static bool Contains(string rawQuery, string name)
    {
        var index = rawQuery.IndexOf(name, StringComparison.Ordinal);
        return index >= 0 && (index == 0 || rawQuery[index - 1] == '&');
    }

    private static string Decode(ReadOnlySpan<char> value)
    {
        if (!value.Contains('%'))
        {
            return value.ToString();
        }

        var bytes = new byte[value.Length];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && UriEncoding.TryDecodeEscape(value, i, out var decoded))
            {
                bytes[length++] = decoded;
                i += 2;
            }
            else if (value[i] < 0x80)
            {
                bytes[length++] = (byte)value[i];
            }
            else
            {
                // Raw non-ASCII in a query: re-encode the rest properly.
                return Encoding.UTF8.GetString(bytes, 0, length) + value[i..].ToString();
            }
        }

        return Encoding.UTF8.GetString(bytes, 0, length);
    }
}
