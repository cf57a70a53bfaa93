using System.Diagnostics;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14: a `vault import` killed (SIGKILL) at any moment leaves the credentials file either as it was or
/// fully rewritten, never half: the keys are stored first, then the backup, then one atomic rename.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultImportKillTests
{
    [Fact]
    public async Task Should_leave_the_old_file_or_the_new_one_when_killed_at_any_moment()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;

        // The rewritten file, from a complete import in a copy of the sandbox's state.
        sandbox.AsRoot("vault", "import");
        var rewritten = File.ReadAllText(sandbox.CredentialsFile);
        var outcomes = new List<string>();
        // Kills every 150 ms into the run at first, then at growing delays until an import finishes: a loaded
        // machine makes the import slower, never the test give up before one completes.
        for (var delay = 100; delay < 120_000; delay = delay < 2000 ? delay + 150 : delay * 3 / 2)
        {
            File.WriteAllText(sandbox.CredentialsFile, original);
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { Client.ClientSandbox.RolecallDll, "vault", "import" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Clear();
            foreach (var (name, value) in sandbox.Environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            var now = File.ReadAllText(sandbox.CredentialsFile);
            Assert.True(now == original || now == rewritten, $"killed after {delay} ms, the file is neither the old nor the new one:\n{now}");
            outcomes.Add(exited ? "finished" : now == original ? "killed-old" : "killed-new");
            // A kill between write and rename may leave the temporary file: it holds the new content, never a secret.
            Assert.All(Directory.EnumerateFiles(Path.Combine(sandbox.Home, ".aws"), ".credentials*.tmp"), t => Assert.Equal(rewritten, File.ReadAllText(t)));
            if (exited)
            {
                break;
            }
        }

        Assert.Contains("killed-old", outcomes);
        Assert.Equal("finished", outcomes[^1]);
    }
}
