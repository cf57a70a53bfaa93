using Tmds.DBus;

namespace RoleCall.Vault.Tests.SecretService;

/// <summary>
/// A person at gcr's system prompter, on the test's private bus: it owns org.gnome.keyring.SystemPrompter
/// (where gnome-keyring-daemon asks for passwords) and answers each password prompt with the next of
/// <paramref name="answers"/> (null: the person presses Cancel), sealed with gcr's secret exchange, following
/// gcr/gcr-system-prompter.c: BeginPrompting, then PromptReady(""); PerformPrompt, then PromptReady("yes"/"no");
/// StopPrompting, then PromptDone. The daemon, not RoleCall, checks the password and unlocks the keyring.
/// </summary>
internal sealed class SystemPrompter(Connection connection, string daemon, Queue<string?> answers) : IPrompterApi, IDisposable
{
    public const string BusName = "org.gnome.keyring.SystemPrompter";

    private readonly Dictionary<ObjectPath, PromptExchange> _exchanges = [];

    public ObjectPath ObjectPath { get; } = new("/org/gnome/keyring/Prompter");

    /// <summary>The properties of each password prompt the daemon showed (message, description, warning ...).</summary>
    public List<IDictionary<string, object>> PasswordPrompts { get; } = [];

    public static async Task<SystemPrompter> StartAsync(string busAddress, params string?[] answers)
    {
        var connection = new Connection(new ClientConnectionOptions(busAddress) { SynchronizationContext = null });
        await connection.ConnectAsync();
        var daemon = await connection.ResolveServiceOwnerAsync("org.freedesktop.secrets") ?? throw new InvalidOperationException("no keyring daemon on the bus");
        var prompter = new SystemPrompter(connection, daemon, new Queue<string?>(answers));
        await connection.RegisterObjectAsync(prompter);
        await connection.RegisterServiceAsync(BusName);
        return prompter;
    }

    public Task BeginPromptingAsync(ObjectPath callback)
    {
        lock (_exchanges)
        {
            _exchanges[callback] = new PromptExchange();
        }

        // gcr replies to BeginPrompting first, then says it is ready through the callback.
        Later(callback, c => c.PromptReadyAsync(string.Empty, new Dictionary<string, object>(), Exchange(callback).Begin()));
        return Task.CompletedTask;
    }

    public Task PerformPromptAsync(ObjectPath callback, string type, IDictionary<string, object> properties, string exchange)
    {
        var secrets = Exchange(callback);
        secrets.Receive(exchange);
        if (type != "password")
        {
            Later(callback, c => c.PromptReadyAsync("yes", new Dictionary<string, object>(), secrets.Send(null)));
            return Task.CompletedTask;
        }

        string? answer;
        lock (_exchanges)
        {
            PasswordPrompts.Add(properties);
            answer = answers.Count > 0 ? answers.Dequeue() : null;
        }

        Later(callback, c => c.PromptReadyAsync(answer is null ? "no" : "yes", new Dictionary<string, object>(), secrets.Send(answer)));
        return Task.CompletedTask;
    }

    public Task StopPromptingAsync(ObjectPath callback)
    {
        Later(callback, c => c.PromptDoneAsync());
        return Task.CompletedTask;
    }

    public void Dispose() => connection.Dispose();

    private PromptExchange Exchange(ObjectPath callback)
    {
        lock (_exchanges)
        {
            return _exchanges[callback];
        }
    }

    /// <summary>Calls the daemon's callback after this method's reply has gone out, as gcr's async calls do.</summary>
    private void Later(ObjectPath callback, Func<IPrompterCallback, Task> call) => _ = Task.Run(async () =>
    {
        await Task.Delay(50);
        await call(connection.CreateProxy<IPrompterCallback>(daemon, callback));
    });
}
