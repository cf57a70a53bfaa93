using RoleCall.Testing;
using RoleCall.Vault.Pass;

namespace RoleCall.Vault.Tests.Pass;

/// <summary>The pass backend against the real `pass` and gpg, with a throwaway key in a temp GNUPGHOME.</summary>
public sealed class PassBackendTests : IDisposable
{
    private const string Install = "apt-get install -y pass gnupg";
    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string> _environment;

    public PassBackendTests()
    {
        var gnupg = _temp.Combine("gnupg");
        Directory.CreateDirectory(gnupg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = _temp.Path,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["GNUPGHOME"] = gnupg,
            ["PASSWORD_STORE_DIR"] = _temp.Combine("store"),
        };
        Must("gpg", ["--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key", "rolecall-test@example.com", "default", "default", "never"]);
        Must("pass", ["init", "rolecall-test@example.com"]);
    }

    private PassBackend Backend => new(_environment);

    [Fact]
    public void Should_store_items_gpg_encrypted_and_read_them_back()
    {
        var item = new VaultItem("AKIAPASSPASSPASS1234", "pass-secret", null, null, DateTimeOffset.UnixEpoch);
        Backend.Write("dev", item);
        Assert.Equal(item, Backend.Read("dev"));
        var file = Path.Combine(_environment["PASSWORD_STORE_DIR"], "rolecall", "dev.gpg");
        Assert.DoesNotContain("pass-secret", System.IO.File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal("AKIA************1234", Assert.Single(Backend.List()).MaskedKeyId);
    }

    [Fact]
    public void Should_remove_an_item_and_report_a_missing_one()
    {
        Backend.Write("dev", new VaultItem("AKIAPASSPASSPASS1234", "s", null, null, DateTimeOffset.UnixEpoch));
        Assert.True(Backend.Remove("dev"));
        Assert.False(Backend.Remove("dev"));
        Assert.Null(Backend.Read("dev"));
        Assert.Empty(Backend.List());
    }

    private void Must(string program, string[] arguments)
    {
        var result = Peers.Execute(program, arguments, _environment);
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.StandardError} ({Install})");
    }

    public void Dispose() => _temp.Dispose();
}
