using RoleCall.Cli.Commands.Quickstart;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>`rolecall quickstart`.</summary>
internal static class QuickstartCommands
{
    public static IEnumerable<ICommand> All => [new QuickstartCommand()];
}
