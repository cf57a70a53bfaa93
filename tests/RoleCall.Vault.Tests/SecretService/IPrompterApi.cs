using Tmds.DBus;

namespace RoleCall.Vault.Tests.SecretService;

/// <summary>
/// gcr's system prompter, as gnome-keyring calls it (gcr/gcr-dbus-constants.h: bus name
/// org.gnome.keyring.SystemPrompter, object /org/gnome/keyring/Prompter). The caller names a callback object
/// on its own connection; the prompter answers through it (<see cref="IPrompterCallback"/>).
/// </summary>
[DBusInterface("org.gnome.keyring.internal.Prompter")]
internal interface IPrompterApi : IDBusObject
{
    Task BeginPromptingAsync(ObjectPath callback);

    Task PerformPromptAsync(ObjectPath callback, string type, IDictionary<string, object> properties, string exchange);

    Task StopPromptingAsync(ObjectPath callback);
}
