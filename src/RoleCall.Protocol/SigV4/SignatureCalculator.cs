using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// From canonical request to signature: the string to sign is
/// `AWS4-HMAC-SHA256\nAMZ_DATE\nSCOPE\nhex(SHA256(canonical request))`, the signature hex(HMAC(key, it)).
/// </summary>
internal static class SignatureCalculator
{
    public const int SignatureBytes = 32;

    // Per-thread hash objects: OpenSSL's one-shot HMAC re-derives the keyed state on every call, which costs
    // as much as the hashing itself; a reused keyed HMAC (same cached signing key) and SHA-256 avoid that.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>Writes the string to sign for <paramref name="canonicalRequest"/> into <paramref name="buffer"/>.</summary>
    public static void AppendStringToSign(ref Utf8Buffer buffer, scoped ReadOnlySpan<byte> canonicalRequest, string amzDate, CredentialScope scope)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(canonicalRequest);
        sha256.GetHashAndReset(hash);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(hash, hex, out _);

        buffer.Append(SigV4Constants.Algorithm);
        buffer.Append((byte)'\n');
        buffer.Append(amzDate);
        buffer.Append((byte)'\n');
        buffer.Append(scope.Date);
        buffer.Append((byte)'/');
        buffer.Append(scope.Region);
        buffer.Append((byte)'/');
        buffer.Append(scope.Service);
        buffer.Append("/aws4_request\n"u8);
        buffer.Append(hex);
    }

    /// <summary>The raw 32-byte signature of <paramref name="stringToSign"/> with a (cached, never mutated) signing key.</summary>
    public static void Sign(byte[] signingKey, ReadOnlySpan<byte> stringToSign, Span<byte> signature)
    {
        if (!ReferenceEquals(t_hmacKey, signingKey) || t_hmac is null)
        {
            t_hmac?.Dispose();
            t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, signingKey);
            t_hmacKey = signingKey;
        }

        t_hmac.AppendData(stringToSign);
        t_hmac.GetHashAndReset(signature);
    }

    /// <summary>Parses a 64-character hex signature; false when it is not one.</summary>
    public static bool TryParseHex(ReadOnlySpan<char> hex, Span<byte> signature)
    {
        if (hex.Length != SignatureBytes * 2)
        {
            return false;
        }

        return Convert.FromHexString(hex, signature, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == SignatureBytes;
    }

    public static string ToDebugString(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
