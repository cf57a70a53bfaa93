using RoleCall.Cli.Hosting;
using RoleCall.Config.Editing;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>`rolecall configure set VARNAME VALUE [--profile P]`.</summary>
internal sealed class ConfigureSetCommand : ICommand
{
    public string Name => "configure set";

    public string Summary => "Set one value in the config or credentials file";

    public string Help => """
        usage: rolecall configure set VARNAME VALUE [--profile PROFILE]

        Sets one value, as `aws configure set` does. aws_access_key_id, aws_secret_access_key,
        aws_session_token and aws_security_token go to the credentials file ([PROFILE]); everything else
        goes to the config file ([default] or [profile PROFILE]). Only the one line changes; a new key goes
        at the end of its section, a new section at the end of the file. Writes are atomic and locked.

        VARNAME forms:
          region                          in the selected profile (--profile, AWS_PROFILE, or default)
          s3.max_concurrent_requests      a nested value in the selected profile
          default.region                  in [default]
          profile.dev.region              in [profile dev]
          profile.dev.s3.addressing_style a nested value in [profile dev]
          preview.cloudfront              in the [preview] section

        Examples:
          rolecall configure set region us-west-2 --profile dev
          rolecall configure set profile.dev.role_arn arn:aws:iam::123456789012:role/Dev

        """;

    public Task<int> RunAsync(CommandContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var varname = context.Arguments.Positional();
        var value = context.Arguments.Positional();
        if (varname is null || value is null)
        {
            throw Core.Errors.UsageException.MissingRequired(varname is null ? ["varname", "value"] : ["value"]);
        }

        context.Arguments.EnsureConsumed();
        var resolver = ConfigureServices.Resolver(context);
        var target = SettingTarget.Parse(varname, resolver.SelectProfile(context.Globals.Profile).Name);
        var editor = new ProfileEditor(resolver.Paths, context.Time);
        if (target.Section is not null)
        {
            editor.SetSectionValue(target.Section, target.Key, value);
        }
        else if (target.SubKey is not null)
        {
            editor.SetSubValue(target.Profile, target.Key, target.SubKey, value);
        }
        else
        {
            editor.SetValue(target.Profile, target.Key, value);
        }

        return Task.FromResult(0);
    }
}
