using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// org.freedesktop.Secret.Prompt: the keyring's own dialog (unlock, confirm a delete). Prompt starts it; the
/// Completed signal says whether the user dismissed it, and carries the operation's result.
/// </summary>
[DBusInterface("org.freedesktop.Secret.Prompt")]
internal interface ISecretPrompt : IDBusObject
{
    Task PromptAsync(string windowId);

    Task<IDisposable> WatchCompletedAsync(Action<(bool Dismissed, object Result)> handler, Action<Exception>? onError = null);
}
