using System.Security.Cryptography;
using RoleCall.Core.Crypto;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Seals the secrets the store keeps (secret access keys, session secrets and tokens, MFA seeds) with
/// AES-256-GCM under a key kept apart from the database, in `DIR/rolecall.key` (32 random bytes, 0600). A copy
/// of rolecall.db or sessions.db alone (a backup, a bug report, a shared volume) then reveals no secret; the
/// threat model is in docs/readme/serve.md. A sealed value is `sealed:v1:` + base64(nonce | tag | ciphertext);
/// a value without the prefix is an older RoleCall's plaintext, which <see cref="SecretMigration"/> seals on open.
/// The in-memory store uses <see cref="None"/>: nothing of it reaches a disk.
/// </summary>
internal sealed class SecretSealer : IDisposable
{
    public const string KeyFileName = "rolecall.key";

    private const string Prefix = "sealed:v1:";
    private const int KeyBytes = 32;

    private readonly AesGcmBox? box;
    private readonly string keyFile;

    // Kept only to derive further keys from (DeriveKey), never to seal with directly outside this type.
    private readonly byte[]? key;

    private SecretSealer(byte[]? key, string keyFile)
    {
        this.keyFile = keyFile;
        this.key = key;
        box = key is null ? null : new AesGcmBox(key);
    }

    /// <summary>Seals nothing: for the in-memory store.</summary>
    public static SecretSealer None { get; } = new(null, string.Empty);

    /// <summary>Reads `DIR/rolecall.key`, creating it (0600) when absent.</summary>
    public static SecretSealer ForDirectory(string directory)
    {
        var path = Path.Combine(directory, KeyFileName);
        if (!File.Exists(path))
        {
            DataDirectory.CreateOwnerOnly(path);
            if (new FileInfo(path).Length == 0)
            {
                File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(KeyBytes));
            }
        }

        var key = File.ReadAllBytes(path);
        if (key.Length != KeyBytes)
        {
            throw new InvalidDataException($"{path} holds {key.Length} bytes, not the {KeyBytes}-byte key RoleCall wrote there; restore the key file created with this data directory");
        }

        return new SecretSealer(key, path);
    }

    /// <summary>HKDF-SHA256 of the key with <paramref name="purpose"/> as info; null for <see cref="None"/>.</summary>
    public byte[]? DeriveKey(string purpose) =>
        key is null ? null : HKDF.DeriveKey(HashAlgorithmName.SHA256, key, KeyBytes, salt: null, info: System.Text.Encoding.UTF8.GetBytes(purpose));

    public static bool IsSealed(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    public string Seal(string plain)
    {
        if (box is null || IsSealed(plain))
        {
            return plain;
        }

        return Prefix + Convert.ToBase64String(box.Seal(System.Text.Encoding.UTF8.GetBytes(plain)));
    }

    /// <summary>The plaintext of a sealed value; an unsealed (legacy) value is returned as it is.</summary>
    public string Open(string stored)
    {
        if (!IsSealed(stored))
        {
            return stored;
        }

        if (box is null)
        {
            throw new InvalidDataException("a sealed secret was found in a store opened without a key");
        }

        byte[]? plain;
        try
        {
            plain = box.Open(Convert.FromBase64String(stored[Prefix.Length..]));
        }
        catch (FormatException e)
        {
            throw DoesNotOpen(e);
        }

        return plain is null ? throw DoesNotOpen(null) : System.Text.Encoding.UTF8.GetString(plain);
    }

    public void Dispose() => box?.Dispose();

    private InvalidDataException DoesNotOpen(Exception? inner) =>
        new($"a secret in the data directory does not open with {keyFile}: it is not the key file created with this data directory; restore that one", inner);
}
