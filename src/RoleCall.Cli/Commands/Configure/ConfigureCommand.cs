using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure [--profile P]`: the AWS CLI's four interactive questions.</summary>
internal sealed class ConfigureCommand : ICommand
{
    public string Name => "configure";

    public string Summary => "Set the access key, secret key, region and output format of a profile interactively";

    public string Help => """
        usage: rolecall configure [--profile PROFILE]

        Asks four questions and saves the answers, as `aws configure` does:

          AWS Access Key ID [****************MPLE]:
          AWS Secret Access Key [****************EKEY]:
          Default region name [us-west-2]:
          Default output format [None]:

        The current value is shown in brackets (keys masked); press Enter to keep it. Keys go to the
        credentials file (~/.aws/credentials, [PROFILE]), region and output to the config file
        (~/.aws/config, [default] or [profile PROFILE]). Prompts are written to stdout, as the AWS CLI
        writes them; answers may come from a terminal or a pipe:
          printf 'AKID\nSECRET\nus-east-1\njson\n' | rolecall configure

        Subcommands: configure set | get | list | list-profiles (`rolecall configure <subcommand> help`).

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Arguments.EnsureConsumed();
        var resolver = ConfigureServices.Resolver(context);
        var profile = resolver.SelectProfile(context.Globals.Profile).Name;
        var changed = InteractiveConfiguration.Run(resolver, profile, ConsolePrompter.ForConfigure(context.Console));
        context.Debug($"configure: {changed} value(s) changed in profile {profile}");
        return Task.FromResult(0);
    }
}
