using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// org.freedesktop.Secret.Collection: CreateItem with replace = true swaps an item with the same attributes
/// in one step, so a reader sees the old item or the new one.
/// </summary>
[DBusInterface("org.freedesktop.Secret.Collection")]
internal interface ISecretCollection : IDBusObject
{
    Task<(ObjectPath Item, ObjectPath Prompt)> CreateItemAsync(
        IDictionary<string, object> properties, (ObjectPath Session, byte[] Parameters, byte[] Value, string ContentType) secret, bool replace);
}
