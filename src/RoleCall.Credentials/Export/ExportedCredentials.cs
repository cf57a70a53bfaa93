using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Export;

/// <summary>What the export formats print: the credentials, the profile's region and the profile's name.</summary>
public sealed record ExportedCredentials(AwsCredentials Credentials, string? Region, string Profile)
{
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

    public override string ToString() => $"ExportedCredentials {{ {Credentials}, Region = {Region}, Profile = {Profile} }}";
}
