using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure list [--profile P]`: the AWS CLI v1 table.</summary>
internal sealed class ConfigureListCommand(CredentialServices services) : ICommand
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

        Keys are masked to their last four characters. As with the AWS CLI, a role (or SSO, web identity,
        credential_process) profile is resolved to show its keys: from the shared cache when a session is
        cached, else by calling STS (which may prompt for an MFA code).

        """;

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Arguments.EnsureConsumed();
        var resolver = ConfigureServices.Resolver(context);
        var profile = resolver.Resolve(context.Globals.Profile, context.Globals.Region);
        context.Out.WriteLine(new ConfigureListRow("Name", "Value", "Type", "Location"));
        context.Out.WriteLine(new ConfigureListRow("----", "-----", "----", "--------"));

        // Row by row, as the AWS CLI prints them: a failure to find the keys comes after the profile row.
        context.Out.WriteLine(ConfigureListReport.ProfileRow(profile));
        context.Out.Flush();
        var (accessKey, secretKey) = ConfigureListReport.EnvironmentKeys(resolver.Environment, context.Globals.Profile is not null)
            ?? (ConfigureListReport.DynamicMethod(profile) is { } method
                ? await ResolveAsync(context, method, cancellation)
                : ConfigureListReport.StaticKeys(profile));
        context.Out.WriteLine(accessKey);
        context.Out.WriteLine(secretKey);
        context.Out.WriteLine(ConfigureListReport.RegionRow(resolver, profile.Region));
        return 0;
    }

    private async Task<(ConfigureListRow, ConfigureListRow)> ResolveAsync(CommandContext context, string method, CancellationToken cancellation)
    {
        var credentials = await CredentialSession.Open(context, services.StsFactory).ResolveAsync(cancellation);
        return ConfigureListReport.Resolved(method, credentials.AccessKeyId, credentials.SecretAccessKey);
    }
}
