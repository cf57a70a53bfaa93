namespace RoleCall.Iam.Sts.Mfa;

/// <summary>RFC 4648 Base32 (A-Z, 2-7), the alphabet of MFA seeds and of access key IDs.</summary>
internal static class Base32
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Decodes Base32 text, ignoring padding and case; null when a character is outside the alphabet.</summary>
    public static byte[]? Decode(string text)
    {
        var trimmed = text.TrimEnd('=').ToUpperInvariant();
        var output = new byte[trimmed.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in trimmed)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output[index++] = (byte)(buffer >> bits);
            }
        }

        return output;
    }

    /// <summary>Encodes bytes without padding.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[index++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        if (bits > 0)
        {
            chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars, 0, index);
    }
}
