using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// PKCE's code verifier and S256 challenge (RFC 7636 4.1, 4.2), made as botocore makes them: 64 characters from
/// the unreserved set, and the unpadded BASE64URL of the verifier's SHA-256.
/// </summary>
internal sealed record PkcePair(string Verifier, string Challenge)
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    public static PkcePair Create()
    {
        var verifier = new string(RandomNumberGenerator.GetItems<char>(Unreserved, 64));
        return new PkcePair(verifier, ChallengeOf(verifier));
    }

    public static string ChallengeOf(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
