using RoleCall.Cli.Terminal;
using RoleCall.Config.Editing;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>
/// `aws configure`'s four questions (awscli/customizations/configure/configure.py): each shows the current
/// value (keys masked), an empty answer or end of input keeps it, and only changed values are written —
/// keys to the credentials file, region and output to the config file.
/// </summary>
internal static class InteractiveConfiguration
{
    private static readonly (string Key, string Prompt, bool Secret)[] Questions =
    [
        ("aws_access_key_id", "AWS Access Key ID", true),
        ("aws_secret_access_key", "AWS Secret Access Key", true),
        ("region", "Default region name", false),
        ("output", "Default output format", false),
    ];

    /// <summary>Asks, then writes; returns how many values changed.</summary>
    public static int Run(ProfileResolver resolver, string profile, IPrompter prompter)
    {
        var current = CurrentValues(resolver, profile);
        var changes = new List<KeyValuePair<string, string>>();
        foreach (var (key, prompt, secret) in Questions)
        {
            var value = current?.Get(key);
            var shown = secret ? SecretMask.Mask(value) : value ?? "None";
            var answer = prompter.ReadLine($"{prompt} [{shown}]: ");
            if (!string.IsNullOrEmpty(answer) && answer != value)
            {
                changes.Add(KeyValuePair.Create(key, answer));
            }
        }

        if (changes.Count > 0)
        {
            new ProfileEditor(resolver.Paths).SetValues(profile, changes);
        }

        return changes.Count;
    }

    /// <summary>The profile as the files hold it; a profile that does not exist yet starts empty (as in the AWS CLI).</summary>
    private static ResolvedProfile? CurrentValues(ProfileResolver resolver, string profile)
    {
        try
        {
            return resolver.ResolveNamed(profile);
        }
        catch (RoleCallException e) when (e is ConfigurationException or AwsCliMessageException && !resolver.Exists(profile))
        {
            return null;
        }
    }
}
