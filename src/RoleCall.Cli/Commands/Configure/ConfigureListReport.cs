using RoleCall.Cli.Terminal;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Chain;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>
/// What `configure list` shows (awscli/customizations/configure/list.py): the profile and why, the access
/// and secret key with the credential method that supplies them, and the region with its source. Keys from
/// the environment (skipped when --profile is given, as botocore does) or the profile's static keys are shown
/// without a call; a profile whose credentials come from a role, SSO, web identity or a process is resolved
/// as the AWS CLI resolves it (`session.get_credentials()`: the shared cache first, else the call), so a
/// cached role session shows its masked key (issue 16, item 5). A key ID without its secret is botocore's
/// PartialCredentialsError, as in the AWS CLI.
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

    /// <summary>
    /// The credential method whose keys only resolving tells (assume-role, sso, ...), or null. botocore tries
    /// assume-role, web identity and SSO before the profile's static keys, credential_process after them.
    /// </summary>
    public static string? DynamicMethod(ResolvedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var dynamic = DynamicSources.FirstOrDefault(s => profile.Get(s.Key) is not null).Method;
        return dynamic == "custom-process" && HasStaticKeys(profile) ? null : dynamic;
    }

    /// <summary>The environment's keys, unless --profile was given (botocore then skips the environment).</summary>
    public static (ConfigureListRow AccessKey, ConfigureListRow SecretKey)? EnvironmentKeys(AwsEnvironment environment, bool explicitProfile)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !explicitProfile && environment.AccessKeyId is { } id && environment.SecretAccessKey is { } secret ? Resolved("env", id, secret) : null;
    }

    /// <summary>
    /// The AWS CLI v2 names every variable its config chain reads for the value, as a Python list, whichever one
    /// was set (v1 lists them too, in its own order); scripts and tutorials compare against v2's line.
    /// </summary>
    private const string ProfileVariables = "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']";

    private const string RegionVariables = "['AWS_REGION', 'AWS_DEFAULT_REGION']";

    public static ConfigureListRow ProfileRow(ResolvedProfile profile) => profile.NameOrigin.Source switch
    {
        ValueSource.CommandLine => new("profile", profile.Name, "manual", "--profile"),
        ValueSource.Environment => new("profile", profile.Name, "env", ProfileVariables),
        _ => ConfigureListRow.Unset("profile"),
    };

    /// <summary>The key rows for credentials resolved by <paramref name="method"/>.</summary>
    public static (ConfigureListRow AccessKey, ConfigureListRow SecretKey) Resolved(string method, string accessKeyId, string secretAccessKey) =>
        (new("access_key", SecretMask.Mask(accessKeyId), method, string.Empty), new("secret_key", SecretMask.Mask(secretAccessKey), method, string.Empty));

    /// <summary>The profile's static keys, or unset; a key ID without its secret is botocore's PartialCredentialsError.</summary>
    public static (ConfigureListRow AccessKey, ConfigureListRow SecretKey) StaticKeys(ResolvedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var id = profile.GetValue("aws_access_key_id") is { IsNested: false } i ? i : null;
        var secret = profile.GetValue("aws_secret_access_key") is { IsNested: false } s ? s : null;
        var method = id?.Origin.Source == ValueSource.CredentialsFile ? "shared-credentials-file" : "config-file";
        if (id is not null && secret is null)
        {
            throw ChainErrors.PartialKeys(profile.Name, method, "aws_secret_access_key");
        }

        return id is not null && secret is not null
            ? Resolved(method, id.Value, secret.Value)
            : (ConfigureListRow.Unset("access_key"), ConfigureListRow.Unset("secret_key"));
    }

    private static bool HasStaticKeys(ResolvedProfile profile) =>
        profile.GetValue("aws_access_key_id")?.Origin.Source == ValueSource.CredentialsFile;

    /// <summary>A file value is reported against the config file as the AWS CLI names it (AWS_CONFIG_FILE or ~/.aws/config).</summary>
    public static ConfigureListRow RegionRow(ProfileResolver resolver, ProfileValue? region) => region?.Origin.Source switch
    {
        null => ConfigureListRow.Unset("region"),
        ValueSource.CommandLine => new("region", region.Value, "manual", "--region"),
        ValueSource.Environment => new("region", region.Value, "env", RegionVariables),
        _ => new("region", region.Value, "config-file", resolver.Environment.ConfigFile ?? "~/.aws/config"),
    };
}
