using System.Security.Cryptography;
using System.Text;
using RoleCall.Vault.File;

namespace RoleCall.Vault.Tests.File;

public sealed class FileBackendTests : IDisposable
{
    private static readonly DateTimeOffset Added = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private string VaultDirectory => _temp.Combine("vault");

    /// <summary>A stand-in for Argon2id (the real one is tested once in KeyDerivationTests): fast, still passphrase-bound.</summary>
    private static Func<KdfParameters, byte[]> Passphrase(string passphrase) =>
        kdf => SHA256.HashData([.. Encoding.UTF8.GetBytes(passphrase), .. kdf.Salt]);

    private FileBackend Open(string passphrase = "correct horse") => new(VaultDirectory, Passphrase(passphrase));

    private static VaultItem Keys(string id) => new(id, "secret-of-" + id, null, null, Added);

    [Fact]
    public void Should_read_back_what_was_written()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        var item = Open().Read("dev");
        Assert.Equal(Keys("AKIAAAAAAAAAAAAAAAAA"), item);
    }

    [Fact]
    public void Should_keep_no_secret_in_plain_text_on_disk()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        foreach (var file in Directory.EnumerateFiles(VaultDirectory))
        {
            var text = System.IO.File.ReadAllText(file);
            Assert.DoesNotContain("secret-of-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("AKIAAAAAAAAAAAAAAAAA", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_create_files_0600_in_a_0700_directory()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        Assert.Equal(SecureFiles.DirectoryMode, System.IO.File.GetUnixFileMode(VaultDirectory));
        Assert.All(Directory.EnumerateFiles(VaultDirectory), f => Assert.Equal(SecureFiles.FileMode, System.IO.File.GetUnixFileMode(f)));
    }

    [Fact]
    public void Should_refuse_a_wrong_passphrase_and_change_nothing()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        var before = Snapshot();
        var error = Assert.Throws<VaultException>(() => Open("wrong").Write("prod", Keys("AKIABBBBBBBBBBBBBBBB")));
        Assert.Contains("passphrase is wrong", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Should_report_a_tampered_item_by_name_while_the_others_still_open()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        Open().Write("prod", Keys("AKIABBBBBBBBBBBBBBBB"));
        var path = Path.Combine(VaultDirectory, "dev" + FileBackend.ItemExtension);
        var bytes = System.IO.File.ReadAllBytes(path);
        bytes[^1] ^= 0x01;
        System.IO.File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<VaultException>(() => Open().Read("dev"));
        Assert.Equal("dev", error.Item);
        Assert.Contains("tampered", error.Message, StringComparison.Ordinal);
        Assert.Equal("AKIABBBBBBBBBBBBBBBB", Open().Read("prod")!.AccessKeyId);
    }

    [Fact]
    public void Should_refuse_an_item_copied_under_another_name()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        System.IO.File.Copy(Path.Combine(VaultDirectory, "dev.item"), Path.Combine(VaultDirectory, "prod.item"));
        var error = Assert.Throws<VaultException>(() => Open().Read("prod"));
        Assert.Equal("prod", error.Item);
    }

    [Fact]
    public void Should_refuse_a_header_that_weakens_the_key_derivation()
    {
        Open().Write("dev", Keys("AKIAAAAAAAAAAAAAAAAA"));
        var header = Path.Combine(VaultDirectory, VaultHeader.FileName);
        System.IO.File.WriteAllText(header, System.IO.File.ReadAllText(header).Replace("65536", "1024", StringComparison.Ordinal));
        var error = Assert.Throws<VaultException>(() => Open().Read("dev"));
        Assert.Contains("64 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_items_without_a_passphrase()
    {
        Open().Write("prod", Keys("AKIABBBBBBBBBBBBCDEF"));
        var backend = new FileBackend(VaultDirectory, _ => throw new InvalidOperationException("asked for a passphrase"));
        var entry = Assert.Single(backend.List());
        Assert.Equal(new VaultEntry("prod", "AKIA************CDEF", Added), entry);
        Assert.True(backend.Contains("prod"));
    }

    [Fact]
    public void Should_keep_both_items_when_two_writers_race_on_a_new_vault()
    {
        Parallel.For(0, 8, i => Open().Write("profile" + i, Keys($"AKIA{i:D16}")));
        Assert.Equal(8, Open().List().Count);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal($"AKIA{i:D16}", Open().Read("profile" + i)!.AccessKeyId);
        }
    }

    [Fact]
    public void Should_escape_names_so_none_leaves_the_directory()
    {
        Open().Write("../evil", Keys("AKIAAAAAAAAAAAAAAAAA"));
        Assert.Equal("../evil", Open().List().Single().Name);
        Assert.Empty(Directory.EnumerateFiles(_temp.Path));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(VaultDirectory).ToDictionary(f => f, f => Convert.ToBase64String(System.IO.File.ReadAllBytes(f)));

    public void Dispose() => _temp.Dispose();
}
