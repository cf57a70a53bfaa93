using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Sso;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>IAM Identity Center sign-in: `sso login` and `sso logout`, sharing the AWS CLI v2's caches.</summary>
internal static class SsoCommands
{
    public static IEnumerable<ICommand> All =>
    [
        new SsoLoginCommand(CredentialServices.Default),
        new SsoLogoutCommand(CredentialServices.Default),
        new SsoCliV2DataCommand(),
    ];
}
