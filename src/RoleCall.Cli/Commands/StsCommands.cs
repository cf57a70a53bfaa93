using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Sts;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>`rolecall sts ...`: the AWS CLI's STS commands, flags and output.</summary>
internal static class StsCommands
{
    public static IEnumerable<ICommand> All => With(CredentialServices.Default);

    /// <summary>The group over given services (tests pass a fake STS client factory).</summary>
    public static IEnumerable<ICommand> With(CredentialServices services) =>
    [
        new GetCallerIdentityCommand(services),
        new AssumeRoleCommand(services),
        new GetSessionTokenCommand(services),
        new GetAccessKeyInfoCommand(services),
        new GetFederationTokenCommand(services),
        new DecodeAuthorizationMessageCommand(services),
    ];
}
