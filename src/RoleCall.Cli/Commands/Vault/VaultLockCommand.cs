using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `rolecall vault lock`: ends the agent now, and locks the backend the commands use (the keyring's
/// collections, or gpg-agent's cached passphrases for pass); the next command asks again.
/// </summary>
internal sealed class VaultLockCommand : ICommand
{
    public string Name => "vault lock";

    public string Summary => "lock the vault now: end the agent, lock the keyring / gpg-agent";

    public string Help => """
        usage: rolecall vault lock [--backend file|secret-service|pass]

        Ends the agent that holds the file vault's key. With the secret-service backend it also locks the
        keyring collections that hold rolecall items (Service.Lock; the next read asks through the keyring's
        unlock prompt). With pass it runs `gpgconf --reload gpg-agent`, which makes gpg-agent forget every
        cached passphrase of this user (gpg has no narrower lock), so the next read asks for it again.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var backend = context.Arguments.Option("--backend");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        var locked = false;
        if (vault.Agent.Lock())
        {
            context.Error.WriteLine("vault locked: the agent has ended");
            locked = true;
        }

        if (vault.Backend.Lock() is { } line)
        {
            context.Error.WriteLine(line);
            locked = true;
        }

        if (!locked)
        {
            context.Error.WriteLine("the vault was not unlocked");
        }

        return Task.FromResult(ExitCodes.Success);
    }
}
