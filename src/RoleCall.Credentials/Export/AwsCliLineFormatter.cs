namespace RoleCall.Credentials.Export;

/// <summary>
/// `aws configure export-credentials --format env|env-no-export|powershell|windows-cmd|fish`, exactly as the
/// AWS CLI v2 prints them: its templates, no quoting (AWS's values never need any), key, secret, then token
/// and expiry when present.
/// </summary>
public sealed class AwsCliLineFormatter(string template) : ICredentialFormatter
{
    public static AwsCliLineFormatter Env { get; } = new("export {0}={1}");

    public static AwsCliLineFormatter EnvNoExport { get; } = new("{0}={1}");

    public static AwsCliLineFormatter PowerShell { get; } = new("$Env:{0}=\"{1}\"");

    public static AwsCliLineFormatter WindowsCmd { get; } = new("set {0}={1}");

    public static AwsCliLineFormatter Fish { get; } = new("set -gx {0} \"{1}\"");

    public string Format(ExportedCredentials exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var c = exported.Credentials;
        var text = Line("AWS_ACCESS_KEY_ID", c.AccessKeyId) + Line("AWS_SECRET_ACCESS_KEY", c.SecretAccessKey);
        if (c.SessionToken is { } token)
        {
            text += Line("AWS_SESSION_TOKEN", token);
        }

        if (c.Expiration is { } expiration)
        {
            text += Line("AWS_CREDENTIAL_EXPIRATION", PythonIsoTime.IsoFormat(expiration));
        }

        return text;
    }

    private string Line(string name, string value) => template.Replace("{0}", name, StringComparison.Ordinal).Replace("{1}", value, StringComparison.Ordinal) + "\n";
}
