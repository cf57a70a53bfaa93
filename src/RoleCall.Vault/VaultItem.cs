namespace RoleCall.Vault;

/// <summary>
/// One secret the vault keeps: a profile's long-term keys, or an assumed-role session (with its token and
/// expiration) when a profile keeps its sessions in the vault. <see cref="Updated"/> is when the keys were
/// added or last rotated. ToString never prints the secret.
/// </summary>
public sealed record VaultItem(string AccessKeyId, string SecretAccessKey, string? SessionToken, DateTimeOffset? Expiration, DateTimeOffset Updated)
{
    /// <summary>The key ID as `vault list` shows it: the first four and last four characters.</summary>
    public string MaskedKeyId => Mask(AccessKeyId);

    public static string Mask(string keyId)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        return keyId.Length <= 8 ? new string('*', keyId.Length) : keyId[..4] + new string('*', keyId.Length - 8) + keyId[^4..];
    }

    public override string ToString() => $"VaultItem {{ AccessKeyId = {MaskedKeyId}, Updated = {Updated:O} }}";
}
