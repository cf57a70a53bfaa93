using RoleCall.Iam.Federation;

namespace RoleCall.Web.Pages.Portal;

/// <summary>
/// The "Command line or programmatic access" dialog for one permission set: a fresh session of its
/// AWSReservedSSO role, written out as AWS's portal writes it for each shell (Option 1), as a credentials-file
/// profile named `ACCOUNT_PERMISSIONSET` (Option 2), as the individual values (Option 3), and the start URL and
/// region that `aws configure sso` asks for.
/// </summary>
public sealed record AccessKeysModel(string AccountId, string PermissionSet, string StartUrl, string Region, IssuedRoleCredentials Credentials)
{
    public string ProfileName => $"{AccountId}_{PermissionSet}";

    public string Expires => Credentials.Expiration.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Option 1 for macOS and Linux: bash/zsh export lines.</summary>
    public string Bash => Lines("export {0}=\"{1}\"");

    /// <summary>Option 1 for Windows: cmd.exe `set` lines (no quotes: cmd would keep them in the value).</summary>
    public string WindowsCmd => Lines("set {0}={1}");

    /// <summary>Option 1 for PowerShell.</summary>
    public string PowerShell => Lines("$Env:{0}=\"{1}\"");

    /// <summary>Option 2: the profile to paste into the shared credentials file.</summary>
    public string Profile =>
        $"[{ProfileName}]\naws_access_key_id={Credentials.AccessKeyId}\naws_secret_access_key={Credentials.SecretAccessKey}\naws_session_token={Credentials.SessionToken}";

    private string Lines(string format) => string.Join('\n',
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, "AWS_ACCESS_KEY_ID", Credentials.AccessKeyId),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, "AWS_SECRET_ACCESS_KEY", Credentials.SecretAccessKey),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, "AWS_SESSION_TOKEN", Credentials.SessionToken));
}
