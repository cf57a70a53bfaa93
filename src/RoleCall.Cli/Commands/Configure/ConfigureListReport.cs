using RoleCall.Cli.Terminal;
using RoleCall.Config.Profiles;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>
/// What `configure list` shows (awscli/customizations/configure/list.py): the profile and why, the access
/// and secret key with the credential method that supplies them, and the region with its source. The keys
/// are found without network calls: environment variables (skipped when --profile is given, as botocore
/// does), else the profile's static keys. A profile whose credentials come from a role, SSO, web identity
/// or a process shows that method with the value not set, since only calling it would tell.
/// </summary>
internal static class ConfigureListReport
{
    private static readonly (string Key, string Method)[] DynamicSources =
    [
        ("web_identity_token_file", "assume-role-with-web-identity"),
        ("role_arn", "assume-role"),
        ("sso_session", "sso"),
        ("sso_start_url", "sso"),
        ("credential_process", "custom-process"),
    ];

    public static IReadOnlyList<ConfigureListRow> Build(ProfileResolver resolver, string? profileOption, string? regionOption)
    {
        var profile = resolver.Resolve(profileOption, regionOption);
        var (accessKey, secretKey) = Keys(resolver, profile, explicitProfile: profileOption is not null);
        return [ProfileRow(profile), accessKey, secretKey, RegionRow(resolver, profile.Region)];
    }

    private static ConfigureListRow ProfileRow(ResolvedProfile profile) => profile.NameOrigin.Source switch
    {
        ValueSource.CommandLine => new("profile", profile.Name, "manual", "--profile"),
        ValueSource.Environment => new("profile", profile.Name, "env", profile.NameOrigin.Location ?? string.Empty),
        _ => ConfigureListRow.Unset("profile"),
    };

    private static (ConfigureListRow AccessKey, ConfigureListRow SecretKey) Keys(ProfileResolver resolver, ResolvedProfile profile, bool explicitProfile)
    {
        var environment = resolver.Environment;
        if (!explicitProfile && environment.AccessKeyId is { } envId && environment.SecretAccessKey is { } envSecret)
        {
            return (new("access_key", SecretMask.Mask(envId), "env", string.Empty), new("secret_key", SecretMask.Mask(envSecret), "env", string.Empty));
        }

        // botocore tries assume-role, web identity and SSO before the profile's static keys.
        var dynamic = DynamicSources.FirstOrDefault(s => profile.Get(s.Key) is not null).Method;
        if (dynamic is not null && !(dynamic == "custom-process" && HasStaticKeys(profile)))
        {
            return (new("access_key", ConfigureListRow.NotSet, dynamic, string.Empty), new("secret_key", ConfigureListRow.NotSet, dynamic, string.Empty));
        }

        if (profile.GetValue("aws_access_key_id") is { IsNested: false } id && profile.GetValue("aws_secret_access_key") is { IsNested: false } secret)
        {
            var method = id.Origin.Source == ValueSource.CredentialsFile ? "shared-credentials-file" : "config-file";
            return (new("access_key", SecretMask.Mask(id.Value), method, string.Empty), new("secret_key", SecretMask.Mask(secret.Value), method, string.Empty));
        }

        return (ConfigureListRow.Unset("access_key"), ConfigureListRow.Unset("secret_key"));
    }

    private static bool HasStaticKeys(ResolvedProfile profile) =>
        profile.GetValue("aws_access_key_id")?.Origin.Source == ValueSource.CredentialsFile;

    /// <summary>A file value is reported against the config file as the AWS CLI names it (AWS_CONFIG_FILE or ~/.aws/config).</summary>
    private static ConfigureListRow RegionRow(ProfileResolver resolver, ProfileValue? region) => region?.Origin.Source switch
    {
        null => ConfigureListRow.Unset("region"),
        ValueSource.CommandLine => new("region", region.Value, "manual", "--region"),
        ValueSource.Environment => new("region", region.Value, "env", region.Origin.Location ?? string.Empty),
        _ => new("region", region.Value, "config-file", resolver.Environment.ConfigFile ?? "~/.aws/config"),
    };
}
