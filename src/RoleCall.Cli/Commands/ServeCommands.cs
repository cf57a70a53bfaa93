using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>The commands of this group; the catalog lists every group.</summary>
internal static class ServeCommands
{
    public static IEnumerable<ICommand> All => [new ServeCommand()];
}
