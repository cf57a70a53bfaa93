using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// org.freedesktop.Secret.Service at /org/freedesktop/secrets, the calls the backend makes
/// (https://specifications.freedesktop.org/secret-service-spec/latest/org.freedesktop.Secret.Service.html).
/// A secret is the spec's (oayays) struct: session, parameters (the IV when encrypted), value, content type.
/// Tmds.DBus generates the proxy at run time (Reflection.Emit), hence the InternalsVisibleTo in AssemblyInfo.
/// </summary>
[DBusInterface("org.freedesktop.Secret.Service")]
internal interface ISecretServiceApi : IDBusObject
{
    Task<(object Output, ObjectPath Session)> OpenSessionAsync(string algorithm, object input);

    Task<(ObjectPath[] Unlocked, ObjectPath[] Locked)> SearchItemsAsync(IDictionary<string, string> attributes);

    Task<(ObjectPath[] Unlocked, ObjectPath Prompt)> UnlockAsync(ObjectPath[] objects);

    Task<(ObjectPath[] Locked, ObjectPath Prompt)> LockAsync(ObjectPath[] objects);

    Task<IDictionary<ObjectPath, (ObjectPath Session, byte[] Parameters, byte[] Value, string ContentType)>> GetSecretsAsync(ObjectPath[] items, ObjectPath session);

    Task<ObjectPath> ReadAliasAsync(string name);

    Task<(ObjectPath Collection, ObjectPath Prompt)> CreateCollectionAsync(IDictionary<string, object> properties, string alias);
}
