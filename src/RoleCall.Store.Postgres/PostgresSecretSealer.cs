using System.Security.Cryptography;
using System.Text;
using RoleCall.Core.Crypto;

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

    private readonly AesGcmBox box;

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
        box = new AesGcmBox(copy);
    }

    /// <summary>HKDF-SHA256 of the shared key with <paramref name="purpose"/> as info: the same on every replica.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, KeyBytes, salt: null, info: Encoding.UTF8.GetBytes(purpose));

    public string Seal(string plain)
    {
        return Prefix + Convert.ToBase64String(box.Seal(Encoding.UTF8.GetBytes(plain)));
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
            return box.Open(Convert.FromBase64String(stored[Prefix.Length..])) is { } plain ? Encoding.UTF8.GetString(plain) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The plaintext of a value this store sealed; anything else is damage or another key.</summary>
    public string Open(string stored) => TryOpen(stored)
        ?? throw new InvalidDataException("a secret in the PostgreSQL store does not open with this replica's store key; every replica needs the same key file");

    public void Dispose() => box.Dispose();
}
