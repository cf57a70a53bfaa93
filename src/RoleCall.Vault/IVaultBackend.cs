namespace RoleCall.Vault;

/// <summary>
/// Where the vault's items live: an encrypted file per item, the desktop keyring (Secret Service) or the gpg
/// password store. One implementation per file; the CLI picks one with --backend / ROLECALL_VAULT_BACKEND.
/// Item names are profile names, or <see cref="ItemNames.Session"/> names for cached sessions.
/// </summary>
public interface IVaultBackend
{
    /// <summary>file, secret-service or pass.</summary>
    string Name { get; }

    /// <summary>True when an item of that name exists; never asks for a passphrase.</summary>
    bool Contains(string name);

    /// <summary>Every item, unopened; never asks for a passphrase.</summary>
    IReadOnlyList<VaultEntry> List();

    /// <summary>The item, or null when there is none; a damaged or tampered item is a <see cref="VaultException"/>.</summary>
    VaultItem? Read(string name);

    /// <summary>Adds or replaces the item atomically: a reader sees the old item or the new one.</summary>
    void Write(string name, VaultItem item);

    /// <summary>False when there was no such item.</summary>
    bool Remove(string name);

    /// <summary>
    /// Forgets, for this login session, what opens the items (`vault lock`): the keyring locks the collections
    /// that hold them; pass has gpg-agent drop its cached passphrases. The file backend's key lives in the agent,
    /// which the CLI ends. The line to show the user, or null when this backend keeps nothing open.
    /// </summary>
    string? Lock();
}
