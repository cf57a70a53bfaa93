using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`rolecall vault lock`: ends the agent now; the next command asks for the passphrase again.</summary>
internal sealed class VaultLockCommand : ICommand
{
    public string Name => "vault lock";

    public string Summary => "lock the vault now (end the agent)";

    public string Help => """
        usage: rolecall vault lock

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        context.Arguments.EnsureConsumed();
        var locked = VaultAccess.Open(context, "file").Agent.Lock();
        context.Error.WriteLine(locked ? "vault locked" : "the vault was not unlocked");
        return Task.FromResult(ExitCodes.Success);
    }
}
