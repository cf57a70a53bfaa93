namespace RoleCall.Credentials.Providers;

/// <summary>
/// Which long-term keys a GetSessionToken session was opened with, as its cache key names them: the key ID of
/// static keys (known without any I/O), or the profile of a vault item (known without opening the vault, so a
/// cached session is found with no passphrase; aws-vault names its sessions by profile too).
/// </summary>
public sealed record SessionTokenKey(string Field, string Value)
{
    public static SessionTokenKey AccessKey(string accessKeyId) => new("AccessKeyId", accessKeyId);

    public static SessionTokenKey VaultProfile(string profile) => new("VaultProfile", profile);
}
