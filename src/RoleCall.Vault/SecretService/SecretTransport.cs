using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// The session secrets travel in: the spec's dh-ietf1024-sha256-aes128-cbc-pkcs7 (as libsecret uses), so a
/// bus monitor sees no secret. Diffie-Hellman over RFC 2409's 1024-bit group 2, the shared value left-padded
/// to 128 bytes and expanded by HKDF-SHA256 (no salt, no info) into an AES-128 key; each secret is AES-CBC
/// with PKCS#7 padding and a fresh IV as its parameters
/// (https://specifications.freedesktop.org/secret-service-spec/latest/transfer-secrets.html).
/// </summary>
internal sealed class SecretTransport
{
    public const string Algorithm = "dh-ietf1024-sha256-aes128-cbc-pkcs7";

    private static readonly BigInteger Prime = BigInteger.Parse(
        "00FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
        "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private const int GroupBytes = 128;

    private readonly byte[] _key;

    private SecretTransport(ObjectPath session, byte[] key)
    {
        Session = session;
        _key = key;
    }

    public ObjectPath Session { get; }

    public static async Task<SecretTransport> OpenAsync(ISecretServiceApi service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var secret = new BigInteger(RandomNumberGenerator.GetBytes(GroupBytes), isUnsigned: true, isBigEndian: true) % (Prime - 2) + 1;
        var mine = BigInteger.ModPow(2, secret, Prime);
        var (output, session) = await service.OpenSessionAsync(Algorithm, Padded(mine)).ConfigureAwait(false);
        var theirs = new BigInteger((byte[])output, isUnsigned: true, isBigEndian: true);
        if (theirs <= 1 || theirs >= Prime - 1)
        {
            throw VaultErrors.BackendFailed("secret-service", "the keyring sent an invalid Diffie-Hellman public key");
        }

        var shared = Padded(BigInteger.ModPow(theirs, secret, Prime));
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 16, salt: [], info: []);
        CryptographicOperations.ZeroMemory(shared);
        return new SecretTransport(session, key);
    }

    /// <summary>(parameters, value) for a secret to send: the IV and the ciphertext.</summary>
    public (byte[] Parameters, byte[] Value) Seal(byte[] plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        using var aes = Aes.Create();
        aes.Key = _key;
        var iv = RandomNumberGenerator.GetBytes(16);
        return (iv, aes.EncryptCbc(plain, iv, PaddingMode.PKCS7));
    }

    /// <summary>The plain bytes of a received secret; a bad IV or padding means the keyring and we disagree.</summary>
    public byte[] Open(byte[] parameters, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var aes = Aes.Create();
        aes.Key = _key;
        try
        {
            return aes.DecryptCbc(value, parameters, PaddingMode.PKCS7);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw VaultErrors.BackendFailed("secret-service", "a secret from the keyring could not be decrypted", e);
        }
    }

    private static byte[] Padded(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[GroupBytes];
        bytes.CopyTo(padded, GroupBytes - bytes.Length);
        return padded;
    }
}
