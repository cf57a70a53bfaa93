using RoleCall.Cli.Commands.Mfa;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>The `mfa` helpers: TOTP codes for virtual MFA devices.</summary>
internal static class MfaCommands
{
    public static IEnumerable<ICommand> All => [new MfaCodeCommand()];
}
