using RoleCall.Core.Errors;
using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Export;

/// <summary>
/// What the export formats print: the credentials, the profile's region and the profile's name. A value with
/// a CR or LF is refused here, for every format: a hostile or broken endpoint could otherwise make `env
/// --format cmd` or `dotenv` print a line of its own, a command or a variable (issue 17, item 8).
/// </summary>
public sealed record ExportedCredentials(AwsCredentials Credentials, string? Region, string Profile)
{
    public AwsCredentials Credentials { get; init; } = SingleLine(Credentials, Profile);

    public string? Region { get; init; } = SingleLine("region", Region, Profile);

    public string Profile { get; init; } = SingleLine("profile name", Profile, Profile)!;

    /// <summary>
    /// The variables `rolecall env` sets, in order; a null value means "unset it" (so a long-term key exported
    /// over an earlier session does not keep that session's token).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Variables
    {
        get
        {
            var list = new List<KeyValuePair<string, string?>>
            {
                new("AWS_ACCESS_KEY_ID", Credentials.AccessKeyId),
                new("AWS_SECRET_ACCESS_KEY", Credentials.SecretAccessKey),
                new("AWS_SESSION_TOKEN", Credentials.SessionToken),
                new("AWS_CREDENTIAL_EXPIRATION", Credentials.Expiration is { } e ? PythonIsoTime.CacheFormat(e) : null),
            };
            if (Region is not null)
            {
                list.Add(new("AWS_REGION", Region));
                list.Add(new("AWS_DEFAULT_REGION", Region));
            }

            list.Add(new("ROLECALL_PROFILE", Profile));
            return list;
        }
    }

    private static AwsCredentials SingleLine(AwsCredentials credentials, string profile)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        SingleLine("access key ID", credentials.AccessKeyId, profile);
        SingleLine("secret access key", credentials.SecretAccessKey, profile);
        SingleLine("session token", credentials.SessionToken, profile);
        return credentials;
    }

    /// <summary>The value unchanged, or a one-line error that names the field and never shows the value.</summary>
    private static string? SingleLine(string what, string? value, string profile)
    {
        if (value is not null && value.AsSpan().ContainsAny('\r', '\n'))
        {
            throw new ConfigurationException(
                $"the {what} for profile '{profile.ReplaceLineEndings(" ")}' contains a line break; refusing to print it, since a shell or .env reader would take what follows as a command or variable of its own",
                "the credential source (STS endpoint, credential_process, cache file) returned a malformed value; check it, or clear the cache with `rolecall cache clear`");
        }

        return value;
    }

    public override string ToString() => $"ExportedCredentials {{ {Credentials}, Region = {Region}, Profile = {Profile} }}";
}
