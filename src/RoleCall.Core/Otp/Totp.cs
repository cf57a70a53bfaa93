using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace RoleCall.Core.Otp;

/// <summary>
/// RFC 6238 time-based one-time passwords as AWS virtual MFA devices use them: HMAC-SHA-1, 6 digits,
/// 30-second steps counted from the Unix epoch. Used by the server (EnableMFADevice, STS MFA checks) and the
/// client (`rolecall mfa code`). https://www.rfc-editor.org/rfc/rfc6238
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public const int Digits = 6;

    /// <summary>The time step a moment falls in (the RFC's T).</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code shown at a moment.</summary>
    public static string CodeAt(ReadOnlySpan<byte> seed, DateTimeOffset time) => Code(seed, StepAt(time));

    /// <summary>The zero-padded 6-digit code of one time step.</summary>
    public static string Code(ReadOnlySpan<byte> seed, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 as every authenticator app implements it mandates HMAC-SHA-1.
        HMACSHA1.HashData(seed, counter, hash);
#pragma warning restore CA5350

        // RFC 4226 section 5.3: dynamic truncation.
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step within `window` steps of `time` (0 = only the current one) whose code is `code`, or null.
    /// Callers remember the step they accepted to refuse a replay of the same code.
    /// </summary>
    public static long? Match(ReadOnlySpan<byte> seed, string code, DateTimeOffset time, int window = 1)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != Digits)
        {
            return null;
        }

        var now = StepAt(time);
        for (var delta = -window; delta <= window; delta++)
        {
            // Fixed-time compare: a code is a short secret.
            if (CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(seed, now + delta)),
                    System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return now + delta;
            }
        }

        return null;
    }
}
