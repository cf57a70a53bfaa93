using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>org.freedesktop.Secret.Item: delete it, and read its Attributes property (a{ss}).</summary>
[DBusInterface("org.freedesktop.Secret.Item")]
internal interface ISecretItem : IDBusObject
{
    Task<ObjectPath> DeleteAsync();

    Task<T> GetAsync<T>(string prop);
}
