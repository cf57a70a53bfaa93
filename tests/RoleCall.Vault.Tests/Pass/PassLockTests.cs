using RoleCall.Testing;
using RoleCall.Vault.Pass;

namespace RoleCall.Vault.Tests.Pass;

/// <summary>
/// `vault lock` with the pass backend, against the real gpg-agent: a gpg key with a passphrase, cached by the
/// agent after one decryption; after <see cref="PassBackend.Lock"/> the agent no longer holds it (gpg-agent's own
/// KEYINFO says so) and `pass show` fails, because the pinentry it would need here cannot ask anyone.
/// </summary>
public sealed class PassLockTests : IDisposable
{
    private const string Install = "apt-get install -y pass gnupg";
    private const string GpgPassphrase = "gpg key passphrase";
    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string> _environment;

    public PassLockTests()
    {
        var gnupg = _temp.Combine("gnupg");
        Directory.CreateDirectory(gnupg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // No person to ask: a pinentry that always fails, so a passphrase the agent forgot is an error, not a hang.
        System.IO.File.WriteAllText(Path.Combine(gnupg, "gpg-agent.conf"), "pinentry-program /bin/false\n");
        _environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = _temp.Path,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["GNUPGHOME"] = gnupg,
            ["PASSWORD_STORE_DIR"] = _temp.Combine("store"),
        };
        Must("gpg", ["--batch", "--pinentry-mode", "loopback", "--passphrase", GpgPassphrase, "--quick-generate-key", "rolecall-lock@example.com", "default", "default", "never"]);
        Must("pass", ["init", "rolecall-lock@example.com"]);
    }

    private PassBackend Backend => new(_environment);

    [Fact]
    public void Should_make_gpg_agent_forget_the_cached_passphrase_so_the_next_read_needs_it_again()
    {
        var item = new VaultItem("AKIAPASSLOCKPASS1234", "pass-lock-secret", null, null, DateTimeOffset.UnixEpoch);
        Backend.Write("dev", item);

        // Unlocked once (as a pinentry would), the agent serves `pass show` with no prompt.
        Must("gpg", ["--batch", "--pinentry-mode", "loopback", "--passphrase", GpgPassphrase, "--decrypt", Path.Combine(_environment["PASSWORD_STORE_DIR"], "rolecall", "dev.gpg")]);
        Assert.True(Cached(), "gpg-agent did not cache the passphrase");
        Assert.Equal(item, Backend.Read("dev"));

        Assert.Equal("gpg-agent forgot its cached passphrases (gpgconf --reload gpg-agent)", Backend.Lock());

        Assert.False(Cached(), "gpg-agent still holds the passphrase after the lock");
        var error = Assert.Throws<VaultException>(() => Backend.Read("dev"));
        Assert.StartsWith("the pass vault backend failed: `pass show rolecall/dev` exited", error.Message, StringComparison.Ordinal);
    }

    /// <summary>gpg-agent's KEYINFO: the field after the key's type and serial/id columns is 1 when its passphrase is cached.</summary>
    private bool Cached()
    {
        var result = Peers.Execute("gpg-connect-agent", ["KEYINFO --list", "/bye"], _environment);
        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = result.StandardOutput.Split('\n').Where(l => l.StartsWith("S KEYINFO ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);

        // S KEYINFO <keygrip> <type> <serialno> <idstr> <cached> <protection> ...
        return lines.Any(l => l.Split(' ')[6] == "1");
    }

    private void Must(string program, string[] arguments)
    {
        var result = Peers.Execute(program, arguments, _environment);
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.StandardError} ({Install})");
    }

    public void Dispose()
    {
        Peers.Execute("gpgconf", ["--kill", "gpg-agent"], _environment);
        _temp.Dispose();
    }
}
