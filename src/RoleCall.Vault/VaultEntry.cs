namespace RoleCall.Vault;

/// <summary>What `vault list` shows of an item without opening it: its name, masked key ID and last update.</summary>
public sealed record VaultEntry(string Name, string MaskedKeyId, DateTimeOffset Updated);
