using System.Security.Cryptography;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// RFC 6238 codes (SHA-1, 6 digits, 30 s) from a Base32 seed, as an authenticator app computes them. Written
/// apart from RoleCall.Core.Otp on purpose: the test plays the user's phone, an independent judge.
/// </summary>
internal static class Totp
{
    public static string Code(string base32Seed, long step)
    {
        var key = DecodeBase32(base32Seed);
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default and AWS virtual MFA use HMAC-SHA1; not our choice to make.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long CurrentStep(DateTimeOffset now) => now.ToUnixTimeSeconds() / 30;

    private static byte[] DecodeBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
