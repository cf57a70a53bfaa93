using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure list-profiles`: every profile of both files, one per line.</summary>
internal sealed class ConfigureListProfilesCommand : ICommand
{
    public string Name => "configure list-profiles";

    public string Summary => "List the profiles of the config and credentials files";

    public string Help => """
        usage: rolecall configure list-profiles

        Prints the name of every profile, one per line, as the AWS CLI v2 does: the config file's profiles
        ([default], [profile NAME]) in file order, then those only in the credentials file.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Arguments.EnsureConsumed();
        foreach (var name in ConfigureServices.Resolver(context).ProfileNames)
        {
            context.Out.WriteLine(name);
        }

        return Task.FromResult(0);
    }
}
