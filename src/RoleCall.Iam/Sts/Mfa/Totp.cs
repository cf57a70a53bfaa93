using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoleCall.Iam.Sts.Mfa;

/// <summary>
/// RFC 6238 time-based one-time passwords as AWS virtual MFA devices use them: HMAC-SHA-1, 6 digits,
/// 30-second steps counted from the Unix epoch. https://www.rfc-editor.org/rfc/rfc6238
/// </summary>
internal static class Totp
{
    public const int StepSeconds = 30;

    /// <summary>The time step a moment falls in (the RFC's T).</summary>
    public static long StepAt(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The 6-digit code of one step, zero-padded.</summary>
    public static string Code(ReadOnlySpan<byte> seed, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 (and every authenticator app) mandates HMAC-SHA-1 here.
        HMACSHA1.HashData(seed, counter, hash);
#pragma warning restore CA5350

        // RFC 4226 section 5.3 dynamic truncation.
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
