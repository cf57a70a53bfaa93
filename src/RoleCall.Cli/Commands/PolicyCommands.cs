using RoleCall.Cli.Commands.Policy;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>The commands of this group; the catalog lists every group.</summary>
internal static class PolicyCommands
{
    public static IEnumerable<ICommand> All => [new PolicyCheckCommand()];
}
