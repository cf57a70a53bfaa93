using RoleCall.Core.Errors;

namespace RoleCall.Vault;

/// <summary>Every vault error, one line each with a hint. No message ever carries a secret.</summary>
public static class VaultErrors
{
    public static VaultException WrongPassphrase(string directory) =>
        new($"the vault passphrase is wrong (vault {directory}); nothing was changed",
            "type it again, or check ROLECALL_VAULT_PASSPHRASE / ROLECALL_VAULT_PASSPHRASE_COMMAND", ExitCodes.InvalidConfiguration);

    public static VaultException NoPassphrase() =>
        new("the vault is locked and no passphrase was given",
            "run `rolecall vault unlock` at a terminal, or set ROLECALL_VAULT_PASSPHRASE_COMMAND (a command that prints it)", ExitCodes.InvalidConfiguration);

    public static VaultException PassphraseCommandFailed(int exitCode) =>
        new($"the passphrase command (ROLECALL_VAULT_PASSPHRASE_COMMAND) failed with exit code {exitCode}",
            "run the command by hand to see why", ExitCodes.InvalidConfiguration);

    public static VaultException Damaged(string name, string path, string why) =>
        new($"vault item '{name}' ({path}) is damaged or was tampered with: {why}",
            $"remove it with `rolecall vault remove {name}` and add the keys again; other items are unaffected", ExitCodes.InvalidConfiguration)
        { Item = name };

    public static VaultException UnsupportedVersion(string path, int version) =>
        new($"{path} was written by a newer rolecall (format version {version})",
            "upgrade rolecall", ExitCodes.InvalidConfiguration);

    public static VaultException WeakParameters(string path) =>
        new($"{path} asks for Argon2id parameters below RoleCall's minimum (64 MiB, 3 passes)",
            "the vault header was altered; restore it from a backup", ExitCodes.InvalidConfiguration);

    public static VaultException UnsafePermissions(string path, UnixFileMode mode) =>
        new($"{path} is readable by other users (mode {Convert.ToString((int)mode, 8)})",
            $"chmod 0700 {path}", ExitCodes.InvalidConfiguration);

    public static VaultException NotFound(string name) =>
        new($"the vault has no item '{name}'", "`rolecall vault list` shows what it holds; `rolecall vault add PROFILE` adds keys", ExitCodes.InvalidConfiguration) { Item = name };

    public static VaultException UnknownBackend(string name) =>
        new($"unknown vault backend '{name}'", "choose file, secret-service or pass (--backend or ROLECALL_VAULT_BACKEND)", ExitCodes.BadSyntax);

    public static VaultException BackendFailed(string backend, string what, Exception? inner = null) =>
        new($"the {backend} vault backend failed: {what}", BackendHint(backend), ExitCodes.OtherFailure, inner);

    public static VaultException KeyringLocked(string what) =>
        new($"the desktop keyring did not {what}: its prompt was dismissed or not answered",
            "unlock the keyring (log in to the desktop session, or `gnome-keyring-daemon --unlock`) and run the command again", ExitCodes.InvalidConfiguration);

    public static VaultException AgentRefused(string why) =>
        new($"the vault agent refused the request: {why}", "run `rolecall vault unlock` again", ExitCodes.OtherFailure);

    public static VaultException RotationFailed(string profile, string state) =>
        new($"rotating the key of profile '{profile}' failed: {state}", "fix the cause and run `rolecall vault rotate` again", ExitCodes.ServiceError) { Item = profile };

    private static string BackendHint(string backend) => backend switch
    {
        "pass" => "check `pass ls` works (apt-get install -y pass gnupg; pass init GPG-ID)",
        "secret-service" => "check a keyring is running on the session bus (apt-get install -y gnome-keyring dbus)",
        _ => "check the vault directory's permissions",
    };
}
