using System.Security.Cryptography;
using System.Text;

namespace RoleCall.S3.Access;

/// <summary>
/// S3's canonical user ID of an account (64 hex digits, as in ListBuckets' Owner): derived from the account
/// ID so it is stable across restarts without being stored.
/// </summary>
public static class S3Owners
{
    public static string CanonicalId(string accountId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("rolecall-s3-owner:" + accountId)));
}
