using Tmds.DBus;

namespace RoleCall.Vault.Tests.SecretService;

/// <summary>
/// The caller's side (gcr's GcrSystemPrompt inside gnome-keyring-daemon): PromptReady with reply "" (ready for a
/// prompt), "yes" or "no", the changed prompt properties, and a secret-exchange string; PromptDone once stopped.
/// </summary>
[DBusInterface("org.gnome.keyring.internal.Prompter.Callback")]
internal interface IPrompterCallback : IDBusObject
{
    Task PromptReadyAsync(string reply, IDictionary<string, object> properties, string exchange);

    Task PromptDoneAsync();
}
