using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Vault.Tests.SecretService;

/// <summary>
/// gcr's secret exchange, protocol sx-aes-1 (gcr/gcr-secret-exchange.c): a key-file text "[sx-aes-1]" with
/// public=, and once a key is agreed secret= and iv=, all base64. Diffie-Hellman over RFC 3526's 1536-bit MODP
/// group (generator 2), the shared value left-padded to the group size and expanded by HKDF-SHA256 (no salt, no
/// info) into an AES-128 key; the secret is AES-CBC with PKCS#7 padding under a fresh IV.
/// </summary>
internal sealed class PromptExchange
{
    private const string Section = "[sx-aes-1]";
    private const int GroupBytes = 192;

    private static readonly BigInteger Prime = BigInteger.Parse(
        "00FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
        "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
        "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA237327FFFFFFFFFFFFFFFF",
        NumberStyles.HexNumber,
        CultureInfo.InvariantCulture);

    private readonly BigInteger _private = new BigInteger(RandomNumberGenerator.GetBytes(GroupBytes), isUnsigned: true, isBigEndian: true) % (Prime - 2) + 1;
    private byte[]? _key;

    /// <summary>The opening string: our public key only.</summary>
    public string Begin() => $"{Section}\npublic={Convert.ToBase64String(BigInteger.ModPow(2, _private, Prime).ToByteArray(isUnsigned: true, isBigEndian: true))}\n";

    /// <summary>Takes the peer's string and agrees the key from its public value.</summary>
    public void Receive(string exchange)
    {
        var fields = exchange.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var theirs = new BigInteger(Convert.FromBase64String(fields["public"]), isUnsigned: true, isBigEndian: true);
        var shared = BigInteger.ModPow(theirs, _private, Prime).ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[GroupBytes];
        shared.CopyTo(padded, GroupBytes - shared.Length);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, padded, 16, salt: [], info: []);
    }

    /// <summary>Our public key plus, when given, the secret sealed under the agreed key.</summary>
    public string Send(string? secret)
    {
        var text = Begin();
        if (secret is null)
        {
            return text;
        }

        using var aes = Aes.Create();
        aes.Key = _key ?? throw new InvalidOperationException("no key agreed yet");
        var iv = RandomNumberGenerator.GetBytes(16);
        var sealedSecret = aes.EncryptCbc(Encoding.UTF8.GetBytes(secret), iv, PaddingMode.PKCS7);
        return text + $"secret={Convert.ToBase64String(sealedSecret)}\niv={Convert.ToBase64String(iv)}\n";
    }
}
