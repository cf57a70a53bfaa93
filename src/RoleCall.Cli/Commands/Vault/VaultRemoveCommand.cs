using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>`rolecall vault remove PROFILE`: deletes the profile's keys from the vault.</summary>
internal sealed class VaultRemoveCommand : ICommand
{
    public string Name => "vault remove";

    public string Summary => "delete a profile's keys from the vault";

    public string Help => """
        usage: rolecall vault remove PROFILE [--backend file|secret-service|pass]

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var backend = context.Arguments.Option("--backend");
        var profile = context.Arguments.Positional() ?? throw UsageException.Custom("vault remove needs a PROFILE", "rolecall vault list");
        context.Arguments.EnsureConsumed();
        var vault = VaultAccess.Open(context, backend);
        if (!vault.Backend.Remove(profile))
        {
            throw VaultErrors.NotFound(profile);
        }

        context.Error.WriteLine($"removed profile '{profile}' from the {vault.Backend.Name} vault");
        return Task.FromResult(ExitCodes.Success);
    }
}
