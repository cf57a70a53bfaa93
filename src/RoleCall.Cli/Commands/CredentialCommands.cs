using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands;

/// <summary>Getting credentials to where they are used: env, exec, shell-init, credential-process, the cache, export-credentials.</summary>
internal static class CredentialCommands
{
    public static IEnumerable<ICommand> All => With(CredentialServices.Default);

    /// <summary>The group over given services (tests pass a fake STS client factory).</summary>
    public static IEnumerable<ICommand> With(CredentialServices services) =>
    [
        new EnvCommand(services),
        new ExportCredentialsCommand(services),
        new ExecCommand(services),
        new ShellInitCommand(),
        new CredentialProcessCommand(services),
        new CacheClearCommand(services),
        new ConsoleLogin.ConsoleCommand(services),
    ];
}
