using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace RoleCall.Vault.File;

/// <summary>
/// The `file` backend: one AES-256-GCM item per file (<see cref="ItemCipher"/>) in a 0700 directory, all
/// sealed with one key derived by Argon2id from a passphrase (<see cref="VaultHeader"/>). The key is asked
/// for once per backend object through <paramref name="keyFor"/> (the agent's key, or a passphrase derived
/// here) and checked against the header before any item is opened or written. With <paramref name="agent"/>,
/// reads go to the agent first, which opens the item with the key it holds.
/// </summary>
public sealed class FileBackend(string directory, Func<KdfParameters, byte[]> keyFor, Agent.AgentClient? agent = null) : IVaultBackend
{
    public const string ItemExtension = ".item";

    private byte[]? _key;

    public string Name => "file";

    public string Directory { get; } = directory;

    private string HeaderPath => Path.Combine(Directory, VaultHeader.FileName);

    public bool Contains(string name) => System.IO.File.Exists(PathOf(name));

    public IReadOnlyList<VaultEntry> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var entries = new List<VaultEntry>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*" + ItemExtension))
        {
            var name = ItemNames.FromFileName(Path.GetFileNameWithoutExtension(path));
            var header = ItemCipher.Header(System.IO.File.ReadAllBytes(path), out _);
            entries.Add(header is null ? new VaultEntry(name, "(damaged)", DateTimeOffset.MinValue) : Describe(name, header));
        }

        return [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>Drops this object's copy of the key; the agent that may hold it is the CLI's to end.</summary>
    public string? Lock()
    {
        if (_key is { } key)
        {
            CryptographicOperations.ZeroMemory(key);
            _key = null;
        }

        return null;
    }

    /// <summary>
    /// The item, opened by the agent when one holds this vault (the key never needs to reach this process, and it
    /// loads no JSON parser or AES), else here with the key.
    /// </summary>
    public VaultItem? Read(string name)
    {
        if (!System.IO.File.Exists(PathOf(name)))
        {
            return null;
        }

        return agent?.Read(Directory, name) is (true, var opened) ? opened : Open(name);
    }

    private VaultItem? Open(string name)
    {
        var path = PathOf(name);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        var key = Key();
        var bytes = System.IO.File.ReadAllBytes(path);
        if (ItemCipher.Header(bytes, out var version) is not { } header)
        {
            throw VaultErrors.Damaged(name, path, "not a sealed item");
        }

        if (version != ItemCipher.Version)
        {
            throw VaultErrors.UnsupportedVersion(path, version);
        }

        try
        {
            if (HeaderName(header) != name)
            {
                throw VaultErrors.Damaged(name, path, "it holds another item's name");
            }

            return ItemPayload.Decode(ItemCipher.Open(key, bytes)) ?? throw VaultErrors.Damaged(name, path, "its content is not an item");
        }
        catch (CryptographicException)
        {
            throw VaultErrors.Damaged(name, path, "authentication failed");
        }
    }

    public void Write(string name, VaultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = Key();
        var header = HeaderJson(name, item);
        SecureFiles.Write(PathOf(name), ItemCipher.Seal(key, header, ItemPayload.Encode(item)));
    }

    public bool Remove(string name)
    {
        var path = PathOf(name);
        if (!System.IO.File.Exists(path))
        {
            return false;
        }

        System.IO.File.Delete(path);
        return true;
    }

    /// <summary>The checked key: loads or creates vault.json (the first writer wins a race; the loser re-derives).</summary>
    public byte[] Key()
    {
        if (_key is not null)
        {
            return _key;
        }

        SecureFiles.EnsureDirectory(Directory);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (System.IO.File.Exists(HeaderPath))
            {
                var existing = VaultHeader.Parse(System.IO.File.ReadAllBytes(HeaderPath), HeaderPath);
                var key = keyFor(existing.Kdf);
                return existing.Accepts(key) ? _key = key : throw VaultErrors.WrongPassphrase(Directory);
            }

            var kdf = KdfParameters.NewDefault();
            var fresh = keyFor(kdf);
            if (SecureFiles.Write(HeaderPath, VaultHeader.Create(kdf, fresh).ToJson(), overwrite: false))
            {
                return _key = fresh;
            }
        }

        throw VaultErrors.BackendFailed(Name, $"could not create {HeaderPath}");
    }

    private string PathOf(string name) => Path.Combine(Directory, ItemNames.ToFileName(name) + ItemExtension);

    private static byte[] HeaderJson(string name, VaultItem item)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("keyId", item.MaskedKeyId);
            json.WriteString("updated", item.Updated.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string? HeaderName(byte[] header)
    {
        try
        {
            using var document = JsonDocument.Parse(header);
            return document.RootElement.GetProperty("name").GetString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static VaultEntry Describe(string name, byte[] header)
    {
        try
        {
            using var document = JsonDocument.Parse(header);
            var root = document.RootElement;
            var updated = DateTimeOffset.Parse(root.GetProperty("updated").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return new VaultEntry(name, root.GetProperty("keyId").GetString() ?? string.Empty, updated);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new VaultEntry(name, "(damaged)", DateTimeOffset.MinValue);
        }
    }
}
