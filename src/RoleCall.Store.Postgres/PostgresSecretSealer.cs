using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Seals the secrets the PostgreSQL store keeps (secret access keys, session secrets and tokens, MFA seeds)
/// with AES-256-GCM under a 32-byte key every replica shares and the database never holds
/// (<see cref="PostgresStoreKey"/>): a dump or a backup of the database alone reveals no secret. The format is
/// the SQLite store's: `sealed:v1:` + base64(nonce | tag | ciphertext).
/// </summary>
internal sealed class PostgresSecretSealer : IDisposable
{
    public const int KeyBytes = 32;

    private const string Prefix = "sealed:v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    // AesGcm instances are not documented as thread-safe: one per thread, each with the same key.
    private readonly ThreadLocal<AesGcm> aes;

    // Kept only to derive further keys from (DeriveKey).
    private readonly byte[] key;

    public PostgresSecretSealer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"the store key must be {KeyBytes} bytes", nameof(key));
        }

        var copy = (byte[])key.Clone();
        this.key = copy;
        aes = new ThreadLocal<AesGcm>(() => new AesGcm(copy, TagBytes), trackAllValues: true);
    }

    /// <summary>HKDF-SHA256 of the shared key with <paramref name="purpose"/> as info: the same on every replica.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, KeyBytes, salt: null, info: Encoding.UTF8.GetBytes(purpose));

    public string Seal(string plain)
    {
        var bytes = Encoding.UTF8.GetBytes(plain);
        var output = new byte[NonceBytes + TagBytes + bytes.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceBytes));
        aes.Value!.Encrypt(output.AsSpan(0, NonceBytes), bytes, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes));
        return Prefix + Convert.ToBase64String(output);
    }

    /// <summary>The plaintext, or null when the value is not sealed with this key.</summary>
    public string? TryOpen(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
            var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
            aes.Value!.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The plaintext of a value this store sealed; anything else is damage or another key.</summary>
    public string Open(string stored) => TryOpen(stored)
        ?? throw new InvalidDataException("a secret in the PostgreSQL store does not open with this replica's store key; every replica needs the same key file");

    public void Dispose()
    {
        foreach (var instance in aes.Values)
        {
            instance.Dispose();
        }

        aes.Dispose();
    }
}
