using System.Security.Cryptography;
using System.Text.Json;

namespace RoleCall.Vault.File;

/// <summary>
/// vault.json: the format version, the Argon2id parameters and salt shared by every item, and a check value
/// (a known text sealed with the key) that tells a wrong passphrase from a damaged item.
/// </summary>
public sealed record VaultHeader(int Version, KdfParameters Kdf, byte[] Check)
{
    public const string FileName = "vault.json";
    private static readonly byte[] CheckText = "rolecall vault key check"u8.ToArray();

    public static VaultHeader Create(KdfParameters kdf, byte[] key) =>
        new(ItemCipher.Version, kdf, ItemCipher.Seal(key, "{}"u8.ToArray(), CheckText));

    public bool Accepts(byte[] key)
    {
        try
        {
            return ItemCipher.Open(key, Check).AsSpan().SequenceEqual(CheckText);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("kdf", "argon2id");
            json.WriteNumber("memoryKiB", Kdf.MemoryKiB);
            json.WriteNumber("iterations", Kdf.Iterations);
            json.WriteNumber("parallelism", Kdf.Parallelism);
            json.WriteBase64String("salt", Kdf.Salt);
            json.WriteBase64String("check", Check);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The header, or a <see cref="VaultException"/> naming the file when it is unreadable, too new or too weak.</summary>
    public static VaultHeader Parse(byte[] bytes, string path)
    {
        VaultHeader header;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var version = root.GetProperty("version").GetInt32();
            if (version != ItemCipher.Version)
            {
                throw VaultErrors.UnsupportedVersion(path, version);
            }

            if (root.GetProperty("kdf").GetString() != "argon2id")
            {
                throw VaultErrors.WeakParameters(path);
            }

            var kdf = new KdfParameters(root.GetProperty("memoryKiB").GetInt32(), root.GetProperty("iterations").GetInt32(), root.GetProperty("parallelism").GetInt32(), root.GetProperty("salt").GetBytesFromBase64());
            header = new VaultHeader(version, kdf, root.GetProperty("check").GetBytesFromBase64());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw VaultErrors.Damaged("vault.json", path, "not a vault header");
        }

        return header.Kdf.IsStrongEnough ? header : throw VaultErrors.WeakParameters(path);
    }
}
