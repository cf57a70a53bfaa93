using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Vault;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>`rolecall vault ...`: keys off the disk in plain text (docs/readme/vault.md).</summary>
internal static class VaultCommands
{
    public static IEnumerable<ICommand> All => With(CredentialServices.Default);

    public static IEnumerable<ICommand> With(CredentialServices services) =>
    [
        new VaultAddCommand(),
        new VaultListCommand(services),
        new VaultRemoveCommand(),
        new VaultUnlockCommand(),
        new VaultLockCommand(),
        new VaultAgentCommand(),
        new VaultImportCommand(),
        new VaultExportCommand(),
        new VaultRotateCommand(services),
    ];
}
