using System.Buffers.Binary;
using System.Numerics;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// SHA-1 in managed code (FIPS 180-4), for cache file names only. The BCL's SHA1 goes through OpenSSL on
/// Linux, and loading and initialising libssl costs more than the whole cached `rolecall env` should; a file
/// name needs no constant-time or FIPS-validated hashing. Cross-checked against SHA1.HashData in the tests.
/// </summary>
internal static class Sha1
{
    /// <summary>
    /// The hash in lower-case hex, as a cache file name. By hand: Convert.ToHexStringLower's vectorized encoder
    /// is compiled at run time on first use, in every cached `env` and `console --print-url` (issue 12).
    /// </summary>
    public static string HashHex(ReadOnlySpan<byte> data)
    {
        var hash = Hash(data);
        Span<char> text = stackalloc char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            text[2 * i] = "0123456789abcdef"[hash[i] >> 4];
            text[(2 * i) + 1] = "0123456789abcdef"[hash[i] & 0xF];
        }

        return new string(text);
    }

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        uint h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476, h4 = 0xC3D2E1F0;
        // Message, a 0x80 byte, zero padding, then the bit length: a whole number of 64-byte blocks.
        var total = (data.Length + 9 + 63) / 64 * 64;
        var message = new byte[total];
        data.CopyTo(message);
        message[data.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(total - 8), (ulong)data.Length * 8);

        Span<uint> w = stackalloc uint[80];
        for (var block = 0; block < total; block += 64)
        {
            for (var i = 0; i < 16; i++)
            {
                w[i] = BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(block + (i * 4)));
            }

            for (var i = 16; i < 80; i++)
            {
                w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            }

            uint a = h0, b = h1, c = h2, d = h3, e = h4;
            for (var i = 0; i < 80; i++)
            {
                var (f, k) = i switch
                {
                    < 20 => ((b & c) | (~b & d), 0x5A827999u),
                    < 40 => (b ^ c ^ d, 0x6ED9EBA1u),
                    < 60 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDCu),
                    _ => (b ^ c ^ d, 0xCA62C1D6u),
                };
                var temp = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = temp;
            }

            h0 += a;
            h1 += b;
            h2 += c;
            h3 += d;
            h4 += e;
        }

        var hash = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(hash, h0);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(4), h1);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(8), h2);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(12), h3);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(16), h4);
        return hash;
    }
}
