using System.Diagnostics;
using System.Globalization;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Vault;
using RoleCall.Vault.File;
using RoleCall.Vault.SecretService;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `rolecall vault unlock [--timeout 15m]`: asks for the passphrase once, checks it, and starts the agent
/// (`rolecall vault agent`, in its own session via setsid) with the derived key on its stdin, never in argv.
/// Until the agent locks (idle timeout, `vault lock`), commands get the key without a prompt.
/// </summary>
internal sealed class VaultUnlockCommand : ICommand
{
    public string Name => "vault unlock";

    public string Summary => "unlock the file vault once: an agent holds the key until idle for --timeout (15m)";

    public string Help => """
        usage: rolecall vault unlock [--timeout 15m] [--backend file|secret-service|pass]

        The agent listens on $XDG_RUNTIME_DIR/rolecall/agent.sock (0600, same user only) and locks itself
        after --timeout without a request (seconds, or 90s / 15m / 1h). `rolecall vault lock` ends it at once.
        With the secret-service backend, the desktop keyring is unlocked instead (its own prompt), and stays so
        until `rolecall vault lock` or the desktop locks it.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var timeout = AgentTimeout.Parse(context.Arguments.Option("--timeout"));
        var backend = context.Arguments.Option("--backend");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        if (vault.Backend is not FileBackend)
        {
            return UnlockElsewhere(context, vault.Backend);
        }

        if (vault.Agent.Ping() == vault.Directory)
        {
            context.Error.WriteLine("the vault is already unlocked");
            return ExitCodes.Success;
        }

        // Checks the passphrase against vault.json (creating the vault on first use).
        var key = ((FileBackend)vault.Backend).Key();
        using var agent = Process.Start(AgentStart(context, timeout)) ?? throw VaultErrors.BackendFailed("file", "could not start the agent");
        await agent.StandardInput.WriteLineAsync(vault.Directory);
        await agent.StandardInput.WriteLineAsync(Convert.ToBase64String(key));
        agent.StandardInput.Close();
        var ready = await agent.StandardOutput.ReadLineAsync(cancellation);
        if (ready != "READY")
        {
            throw VaultErrors.BackendFailed("file", "the agent did not start");
        }

        context.Error.WriteLine($"vault unlocked; the agent locks after {timeout.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture)} idle minutes (`rolecall vault lock` ends it now)");
        return ExitCodes.Success;
    }

    /// <summary>The keyring unlocks itself for the desktop session (its own prompt); pass leaves it to gpg-agent.</summary>
    private static int UnlockElsewhere(CommandContext context, IVaultBackend backend)
    {
        if (backend is SecretServiceBackend keyring)
        {
            keyring.UnlockDefault();
            context.Error.WriteLine("the desktop keyring is unlocked; it stays open until it is locked (no agent is needed)");
        }
        else
        {
            context.Error.WriteLine($"the {backend.Name} vault has nothing to unlock: gpg-agent asks for the key's passphrase and caches it");
        }

        return ExitCodes.Success;
    }

    private static ProcessStartInfo AgentStart(CommandContext context, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in SelfCommand())
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("vault");
        start.ArgumentList.Add("agent");
        start.ArgumentList.Add("--timeout");
        start.ArgumentList.Add(timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        start.Environment.Clear();
        foreach (var (name, value) in context.Environment)
        {
            // The passphrase stays with this process; the agent gets only the derived key, on stdin.
            if (name is not PassphraseSource.Variable)
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    /// <summary>This rolecall: the apphost when that is what runs, else `dotnet rolecall.dll` (tests, `dotnet run`).</summary>
    private static string[] SelfCommand()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "rolecall")
        {
            return [process];
        }

        return ["dotnet", Path.Combine(AppContext.BaseDirectory, "rolecall.dll")];
    }
}
