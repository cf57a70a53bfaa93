using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure list [--profile P]`: the AWS CLI v1 table.</summary>
internal sealed class ConfigureListCommand : ICommand
{
    public string Name => "configure list";

    public string Summary => "Show the profile, keys (masked) and region in use, and where each comes from";

    public string Help => """
        usage: rolecall configure list [--profile PROFILE] [--region REGION]

        Shows the profile, access key, secret key and region that commands would use, where each value
        comes from (TYPE: manual, env, config-file, shared-credentials-file, assume-role, ...) and its
        LOCATION, in the AWS CLI's layout:

                Name                    Value             Type    Location
                ----                    -----             ----    --------
             profile                <not set>             None    None
          access_key     ****************MPLE shared-credentials-file
          secret_key     ****************EKEY shared-credentials-file
              region                us-west-2      config-file    ~/.aws/config

        Keys are masked to their last four characters.

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Arguments.EnsureConsumed();
        var rows = ConfigureListReport.Build(ConfigureServices.Resolver(context), context.Globals.Profile, context.Globals.Region);
        context.Out.WriteLine(new ConfigureListRow("Name", "Value", "Type", "Location"));
        context.Out.WriteLine(new ConfigureListRow("----", "-----", "----", "--------"));
        foreach (var row in rows)
        {
            context.Out.WriteLine(row);
        }

        return Task.FromResult(0);
    }
}
