using System.Globalization;
using System.Security.Cryptography;
using RoleCall.Core.Otp;

namespace RoleCall.Core.Identity;

/// <summary>
/// Access key IDs as AWS shapes them: a 4-letter prefix (`AKIA` long-term, `ASIA` temporary) and 16 Base32
/// characters (10 bytes) whose bits 7..46 of the first six bytes carry the account ID, so GetAccessKeyInfo
/// can read the account back from any key. (Reverse-engineered by A. Steele, "AWS Access Key ID formats".)
/// </summary>
public static class AccessKeyIds
{
    public const string LongTermPrefix = "AKIA";

    public const string TemporaryPrefix = "ASIA";

    private const long AccountMask = 0x7FFF_FFFF_FF80;

    /// <summary>A fresh random key ID for a 12-digit account.</summary>
    public static string New(string prefix, string accountId)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var account = long.Parse(accountId, NumberStyles.None, CultureInfo.InvariantCulture);
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);

        // Keep the random top bit and low 7 bits of the 48-bit head; the account goes in between.
        long head = 0;
        for (var i = 0; i < 6; i++)
        {
            head = (head << 8) | bytes[i];
        }

        head = (head & ~AccountMask) | ((account << 7) & AccountMask);
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)head;
            head >>= 8;
        }

        return prefix + Base32.Encode(bytes);
    }

    /// <summary>The 12-digit account a key ID encodes, or null when it is not a 20-character AWS key ID.</summary>
    public static string? AccountOf(string accessKeyId)
    {
        if (accessKeyId is null || accessKeyId.Length != 20)
        {
            return null;
        }

        var bytes = Base32.Decode(accessKeyId[4..]);
        if (bytes is null || bytes.Length < 6)
        {
            return null;
        }

        long head = 0;
        for (var i = 0; i < 6; i++)
        {
            head = (head << 8) | bytes[i];
        }

        return ((head & AccountMask) >> 7).ToString("D12", CultureInfo.InvariantCulture);
    }
}
