using RoleCall.Credentials.Caching;

namespace RoleCall.Credentials.Export;

/// <summary>
/// The credential_process Version 1 JSON: `configure export-credentials --format process` (the AWS CLI's
/// indent=2 layout, byte for byte) and `rolecall credential-process`, which adds AccountId when known (the
/// SDKs read it; older AWS CLIs ignore it).
/// </summary>
public sealed class ProcessJsonFormatter(bool includeAccountId) : ICredentialFormatter
{
    public static ProcessJsonFormatter AwsCli { get; } = new(includeAccountId: false);

    public static ProcessJsonFormatter CredentialProcess { get; } = new(includeAccountId: true);

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var c = exported.Credentials;
        var members = new List<KeyValuePair<string, object>>
        {
            new("Version", 1),
            new("AccessKeyId", c.AccessKeyId),
            new("SecretAccessKey", c.SecretAccessKey),
        };
        if (c.SessionToken is { } token)
        {
            members.Add(new("SessionToken", token));
        }

        if (c.Expiration is { } expiration)
        {
            members.Add(new("Expiration", PythonIsoTime.IsoFormat(expiration)));
        }

        if (includeAccountId && c.AccountId is { } account)
        {
            members.Add(new("AccountId", account));
        }

        return PythonJson.DumpsIndented(members, 2) + "\n";
    }
}
