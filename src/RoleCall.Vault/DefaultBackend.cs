using RoleCall.Vault.SecretService;

namespace RoleCall.Vault;

/// <summary>
/// The backend when neither --backend nor ROLECALL_VAULT_BACKEND names one: `file` once a file vault exists
/// (so items never seem to vanish when a desktop session appears), else `secret-service` when the session bus
/// has a Secret Service (running, or activatable as gnome-keyring installs it), else `file`, which works everywhere.
/// </summary>
public static class DefaultBackend
{
    public const string File = "file";
    public const string SecretService = "secret-service";

    public static string Choose(IReadOnlyDictionary<string, string> environment, string fileVaultDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (System.IO.File.Exists(Path.Combine(fileVaultDirectory, Vault.File.VaultHeader.FileName)))
        {
            return File;
        }

        return SecretServiceProbe.IsAvailable(environment.GetValueOrDefault(SecretServiceProbe.BusVariable)) ? SecretService : File;
    }
}
