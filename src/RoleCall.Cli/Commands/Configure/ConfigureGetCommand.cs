using RoleCall.Cli.Hosting;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure get VARNAME [--profile P]`: the value, or exit 1 and no output when unset.</summary>
internal sealed class ConfigureGetCommand : ICommand
{
    public string Name => "configure get";

    public string Summary => "Print one value from the config or credentials file";

    public string Help => """
        usage: rolecall configure get VARNAME [--profile PROFILE]

        Prints a value from the selected profile (config and credentials files merged, credentials
        winning), as `aws configure get` does. Exit status 1 with no output when the value is not set.
        Environment variables such as AWS_REGION are not consulted: this reads the files.

        VARNAME forms: region | s3.max_concurrent_requests | default.region | dev.region (an existing
        profile's name) | profile.dev.region | profile.dev.s3.addressing_style | preview.cloudfront

        Example:
          rolecall configure get region --profile dev

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var varname = context.Arguments.Positional() ?? throw UsageException.MissingRequired(["varname"]);
        context.Arguments.EnsureConsumed();
        var value = SettingLookup.Get(ConfigureServices.Resolver(context), varname, context.Globals.Profile);
        if (value is null)
        {
            return Task.FromResult(ExitCodes.NotFound);
        }

        if (value.IsNested)
        {
            context.Error.WriteLine($"varname ({varname}) must reference a value, not a section or sub-section.");
            return Task.FromResult(ExitCodes.NotFound);
        }

        context.Out.WriteLine(value.Value);
        return Task.FromResult(ExitCodes.Success);
    }
}
