using System.Security.Cryptography;
using RoleCall.Core.Identity;
using RoleCall.Core.Otp;

namespace RoleCall.Iam.Ids;

/// <summary>
/// IDs as AWS makes them: 21-character unique IDs (4-letter prefix + 17 Base32 characters), access key IDs
/// that encode the account, 40-character secrets.
/// </summary>
public static class IamIds
{
    public const string UserPrefix = "AIDA";
    public const string RolePrefix = "AROA";
    public const string GroupPrefix = "AGPA";
    public const string PolicyPrefix = "ANPA";

    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static string UniqueId(string prefix)
    {
        Span<byte> bytes = stackalloc byte[11];
        RandomNumberGenerator.Fill(bytes);
        return prefix + Base32.Encode(bytes)[..17];
    }

    public static string AccessKeyId(string accountId) => AccessKeyIds.New(AccessKeyIds.LongTermPrefix, accountId);

    /// <summary>40 characters of the base64 alphabet, like AWS secret access keys.</summary>
    public static string Secret() => RandomNumberGenerator.GetString(SecretAlphabet, 40);

    /// <summary>A 40-byte TOTP seed (AWS virtual MFA seeds are 64 Base32 characters = 40 bytes).</summary>
    public static byte[] MfaSeed() => RandomNumberGenerator.GetBytes(40);
}
