using RoleCall.Cli.Commands.Configure;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>
/// The `configure` group (issue 2). `configure export-credentials` belongs to the credentials group and is
/// registered there.
/// </summary>
internal static class ConfigureCommands
{
    public static IEnumerable<ICommand> All =>
    [
        new ConfigureCommand(),
        new ConfigureSetCommand(),
        new ConfigureGetCommand(),
        new ConfigureListCommand(Credential.CredentialServices.Default),
        new ConfigureListProfilesCommand(),
        new ConfigureSsoCommand(),
    ];
}
