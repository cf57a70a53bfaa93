using System.Security.Cryptography;
using RoleCall.Core.Identity;

namespace RoleCall.Iam.Sts.Credentials;

/// <summary>
/// Mints temporary credentials: an `ASIA` key ID encoding the account, a 40-character secret and an opaque
/// session token. The token carries no information; the server finds the session by its key ID.
/// </summary>
internal static class TemporaryCredentialFactory
{
    /// <summary>96 random bytes: tokens are long and opaque like AWS's, and unguessable.</summary>
    private const int TokenBytes = 96;

    public static TemporaryCredentials Issue(string accountId, DateTimeOffset expiration)
    {
        var keyId = AccessKeyIds.New(AccessKeyIds.TemporaryPrefix, accountId);

        // 30 bytes are exactly 40 Base64 characters, the length (and alphabet) of AWS secret keys.
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
        var token = "RCST" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes));
        return new TemporaryCredentials(keyId, secret, token, expiration);
    }
}
