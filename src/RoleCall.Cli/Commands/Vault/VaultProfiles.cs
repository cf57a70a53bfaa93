using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Config.Editing;
using RoleCall.Config.Profiles;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// Keeps the shared files pointing at the vault: a vault profile that no file defines gets
/// `credential_process = rolecall credential-process --profile NAME` in ~/.aws/config, so the AWS CLI and SDKs
/// find it (rolecall itself reads the vault natively and never runs that line).
/// </summary>
internal static class VaultProfiles
{
    /// <summary>The line for a profile; a name with characters a shell would split or expand is single-quoted (shlex reads it back).</summary>
    public static string ProcessLine(string profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var quoted = profile.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or '+')
            ? profile
            : "'" + profile.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        return $"rolecall credential-process --profile {quoted}";
    }

    public static void EnsureProcessLine(CommandContext context, string profile)
    {
        var environment = AwsEnvironment.From(context.Environment);
        var paths = AwsPaths.From(environment);
        var files = new ProfileResolver(environment, paths).Files;
        if (files.Profiles.TryGetValue(profile, out var section))
        {
            if (section.Get("aws_access_key_id") is not null)
            {
                context.Error.WriteLine($"rolecall: profile '{profile}' still has plain keys in {paths.CredentialsFile}, and they win over the vault");
                context.Error.WriteLine("hint: `rolecall vault import` moves them into the vault");
            }

            return;
        }

        new ProfileEditor(paths, context.Time).SetValue(profile, "credential_process", ProcessLine(profile));
    }
}
