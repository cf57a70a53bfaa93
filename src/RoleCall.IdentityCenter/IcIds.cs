using System.Security.Cryptography;

namespace RoleCall.IdentityCenter;

/// <summary>Identifiers in the forms AWS uses (random hex, UUIDs) and the one-way hash tokens are kept under.</summary>
public static class IcIds
{
    public static string Hex(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((length + 1) / 2))[..length];

    public static string IdentityStoreId() => "d-" + Hex(10);

    public static string InstanceArn() => "arn:aws:sso:::instance/ssoins-" + Hex(16);

    public static string PermissionSetArn(string instanceArn) => $"arn:aws:sso:::permissionSet/{InstanceId(instanceArn)}/ps-{Hex(16)}";

    /// <summary>Identity-store IDs: the store's hex followed by a UUID (`9067a1b2c3-1f2e...`).</summary>
    public static string StoreMemberId(string identityStoreId) => $"{identityStoreId[2..]}-{Guid.NewGuid()}";

    public static string RequestId() => Guid.NewGuid().ToString();

    /// <summary>A secret token: 48 random bytes, URL-safe base64.</summary>
    public static string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Tokens and secrets are stored only as their SHA-256, so the database alone cannot be replayed.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    public static string InstanceId(string instanceArn) => instanceArn[(instanceArn.LastIndexOf('/') + 1)..];

    /// <summary>A user code as the device page shows it: eight letters without look-alikes, `ABCD-EFGH`.</summary>
    public static string UserCode()
    {
        const string alphabet = "BCDFGHJKLMNPQRSTVWXZ";
        Span<char> code = stackalloc char[9];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 4 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(code);
    }
}
