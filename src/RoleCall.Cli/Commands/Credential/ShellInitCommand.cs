using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>`rolecall shell-init bash|zsh|fish|powershell`: prints rolecall-assume / rolecall-unset for the shell.</summary>
internal sealed class ShellInitCommand : ICommand
{
    public string Name => "shell-init";

    public string Summary => "print shell functions rolecall-assume PROFILE and rolecall-unset";

    public string Help => """
        usage: rolecall shell-init bash|zsh|fish|powershell

          bash/zsh:   eval "$(rolecall shell-init bash)"      (in ~/.bashrc or ~/.zshrc)
          fish:       rolecall shell-init fish | source
          PowerShell: rolecall shell-init powershell | Out-String | Invoke-Expression

        Then `rolecall-assume prod` sets the credentials, ROLECALL_PROFILE and AWS_CREDENTIAL_EXPIRATION
        (for your prompt), and `rolecall-unset` removes them.

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        var shell = context.Arguments.Positional() ?? throw UsageException.MissingRequired(["SHELL"]);
        context.Arguments.EnsureConsumed();
        if (!ShellInitScripts.All.TryGetValue(shell, out var script))
        {
            throw UsageException.InvalidChoice("SHELL", shell, ShellInitScripts.All.Keys);
        }

        await context.Out.WriteAsync(script);
        return ExitCodes.Success;
    }
}
