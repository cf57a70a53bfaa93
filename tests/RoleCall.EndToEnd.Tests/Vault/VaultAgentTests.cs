using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14: one unlock per session. `vault unlock` asks once and starts the agent; 20 commands then get the
/// key with no prompt; after the idle timeout the next one prompts again. The passphrase and the key never
/// appear in any process's argv or in the agent's environment; a wrong passphrase changes nothing.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultAgentTests
{
    private const string Prompt = "Vault passphrase";

    [Fact]
    public async Task Should_serve_20_commands_after_one_unlock_and_prompt_again_after_the_idle_timeout()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        sandbox.Environment.Remove("ROLECALL_VAULT_PASSPHRASE");

        // Without the agent every command asks, and with no answer it fails with a hint.
        var locked = sandbox.Rolecall(string.Empty, "env", "user101");
        Assert.Equal(253, locked.Code);
        Assert.Contains(Prompt, locked.Err, StringComparison.Ordinal);

        var unlock = sandbox.Rolecall(VaultSandbox.Passphrase + "\n", "vault", "unlock", "--timeout", "4s");
        Assert.True(unlock.Code == 0, unlock.Err);
        Assert.Single(unlock.Err.Split(Prompt)[1..]);
        AssertNoSecretInAnyProcess();

        for (var i = 0; i < 20; i++)
        {
            var command = sandbox.Rolecall(string.Empty, i % 2 == 0 ? ["env", "user101"] : ["sts", "get-caller-identity", "--profile", "user102"]);
            Assert.True(command.Code == 0, $"command {i + 1}: {command.Err}");
            Assert.DoesNotContain(Prompt, command.Err, StringComparison.Ordinal);
        }

        await Task.Delay(TimeSpan.FromSeconds(6));
        var after = sandbox.Rolecall(string.Empty, "env", "user101");
        Assert.Equal(253, after.Code);
        Assert.Contains(Prompt, after.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(sandbox.RuntimeDirectory, "rolecall", "agent.sock")));
    }

    [Fact]
    public async Task Should_refuse_a_wrong_passphrase_with_a_clear_error_and_change_nothing()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var before = Snapshot(sandbox.VaultDirectory);

        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = "not the passphrase";
        var add = sandbox.Rolecall(string.Empty, "vault", "add", "other", "--from-env");
        Assert.Equal(252, add.Code);
        sandbox.Environment["AWS_ACCESS_KEY_ID"] = "AKIAOTHEROTHEROTHER1";
        sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = "other-secret";
        add = sandbox.Rolecall(string.Empty, "vault", "add", "other", "--from-env");
        sandbox.Environment.Remove("AWS_ACCESS_KEY_ID");
        sandbox.Environment.Remove("AWS_SECRET_ACCESS_KEY");
        Assert.Equal(253, add.Code);
        Assert.StartsWith("rolecall: the vault passphrase is wrong", add.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", add.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("not the passphrase", add.Err, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(sandbox.VaultDirectory));

        var unlock = sandbox.Rolecall("still wrong\n", "vault", "unlock");
        Assert.Equal(253, unlock.Code);
        Assert.False(File.Exists(Path.Combine(sandbox.RuntimeDirectory, "rolecall", "agent.sock")));
    }

    [Fact]
    public async Task Should_report_a_tampered_item_while_the_other_profiles_still_work()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var item = Path.Combine(sandbox.VaultDirectory, "user101.item");
        var bytes = File.ReadAllBytes(item);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(item, bytes);

        var tampered = sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "user101");
        Assert.Equal(253, tampered.Code);
        Assert.Contains("vault item 'user101'", tampered.Err, StringComparison.Ordinal);
        Assert.Contains("tampered", tampered.Err, StringComparison.Ordinal);
        var other = sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "user102");
        Assert.True(other.Code == 0, other.Err);
    }

    [Fact]
    public async Task Should_keep_both_items_when_two_vault_adds_run_at_once_on_a_new_vault()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        var adds = new[] { "alpha", "beta" }.Select(name => Task.Run(() =>
        {
            var environment = new Dictionary<string, string>(sandbox.Environment, StringComparer.Ordinal)
            {
                ["AWS_ACCESS_KEY_ID"] = $"AKIA{name.ToUpperInvariant(),-16}".Replace(' ', 'X'),
                ["AWS_SECRET_ACCESS_KEY"] = name + "-secret",
            };
            return RoleCall.Testing.Peers.Execute("dotnet", [Client.ClientSandbox.RolecallDll, "vault", "add", name, "--from-env"], environment);
        })).ToArray();
        foreach (var result in await Task.WhenAll(adds))
        {
            Assert.True(result.ExitCode == 0, result.StandardError);
        }

        var list = sandbox.AsRoot("vault", "list");
        Assert.Contains("alpha\tAKIA************XXXX", list, StringComparison.Ordinal);
        Assert.Contains("beta\tAKIA************XXXX", list, StringComparison.Ordinal);
        Assert.Contains("alpha-secret", sandbox.AsRoot("vault", "export", "alpha") + File.ReadAllText(sandbox.CredentialsFile), StringComparison.Ordinal);
    }

    /// <summary>No running process has the passphrase in its argv, and the agent's environment lacks it too.</summary>
    private static void AssertNoSecretInAnyProcess()
    {
        var agents = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            string argv, environ;
            try
            {
                argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                environ = argv.Contains("vault agent", StringComparison.Ordinal) ? File.ReadAllText(Path.Combine(dir, "environ")) : string.Empty;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Assert.DoesNotContain(VaultSandbox.Passphrase, argv, StringComparison.Ordinal);
            Assert.DoesNotContain(VaultSandbox.Passphrase, environ, StringComparison.Ordinal);
            agents += argv.Contains("vault agent", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(agents >= 1, "the agent process was not found");
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory).ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
