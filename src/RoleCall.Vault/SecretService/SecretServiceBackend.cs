using Tmds.DBus;

namespace RoleCall.Vault.SecretService;

/// <summary>
/// The `secret-service` backend: each item is a secret in the desktop keyring's default collection
/// (gnome-keyring, KeePassXC, KWallet's bridge) over the session bus. Items carry the attributes
/// application=rolecall and item=NAME, plus profile=NAME for keys or session=KEY for cached role sessions, so
/// `secret-tool search application rolecall` finds them; the label names the profile. The secret is the
/// item's JSON (<see cref="ItemPayload"/>), carried over the bus encrypted (<see cref="SecretTransport"/>).
/// The keyring does the unlocking: a locked collection is unlocked through its own prompt, once per login.
/// </summary>
public sealed class SecretServiceBackend(string busAddress, TimeSpan promptTimeout) : IVaultBackend, IDisposable
{
    public const string ServiceName = "org.freedesktop.secrets";
    private static readonly ObjectPath ServicePath = new("/org/freedesktop/secrets");
    private static readonly ObjectPath NoPrompt = new("/");

    private Connection? _connection;
    private ISecretServiceApi? _service;
    private SecretTransport? _transport;

    public string Name => "secret-service";

    public bool Contains(string name) => Search(Identity(name)) is { Count: > 0 };

    public IReadOnlyList<VaultEntry> List()
    {
        var entries = new List<VaultEntry>();
        var found = Call(() => Service.SearchItemsAsync(new Dictionary<string, string> { ["application"] = "rolecall" }));
        var secrets = found.Unlocked.Length == 0 ? [] : Secrets(found.Unlocked);
        foreach (var path in found.Unlocked.Concat(found.Locked))
        {
            var attributes = Call(() => Item(path).GetAsync<IDictionary<string, string>>("Attributes"));
            if (!attributes.TryGetValue("item", out var name))
            {
                continue;
            }

            var item = secrets.TryGetValue(path, out var bytes) ? ItemPayload.Decode(bytes) : null;
            var shown = item?.MaskedKeyId ?? (secrets.ContainsKey(path) ? "(damaged)" : "(locked)");
            entries.Add(new VaultEntry(name, shown, item?.Updated ?? DateTimeOffset.MinValue));
        }

        return [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    public VaultItem? Read(string name)
    {
        if (Search(Identity(name)) is not [var path, ..])
        {
            return null;
        }

        var secrets = Secrets([path]);
        if (!secrets.TryGetValue(path, out var bytes))
        {
            throw VaultErrors.BackendFailed(Name, $"the keyring returned no secret for '{name}'");
        }

        return ItemPayload.Decode(bytes) ?? throw VaultErrors.Damaged(name, path.ToString(), "its secret is not a rolecall item");
    }

    public void Write(string name, VaultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var collection = DefaultCollection();
        var label = ItemNames.IsSession(name) ? $"rolecall role session {name[ItemNames.SessionPrefix.Length..]}" : $"rolecall AWS keys for profile {name}";
        var properties = new Dictionary<string, object>
        {
            ["org.freedesktop.Secret.Item.Label"] = label,
            ["org.freedesktop.Secret.Item.Attributes"] = Identity(name),
        };
        var (parameters, value) = Transport.Seal(ItemPayload.Encode(item));
        var created = Call(() => Connection.CreateProxy<ISecretCollection>(ServiceName, collection)
            .CreateItemAsync(properties, (Transport.Session, parameters, value, "text/plain"), replace: true));
        if (created.Prompt != NoPrompt)
        {
            Prompt(created.Prompt, "store the item");
        }
    }

    public bool Remove(string name)
    {
        var paths = Search(Identity(name));
        foreach (var path in paths)
        {
            var prompt = Call(() => Item(path).DeleteAsync());
            if (prompt != NoPrompt)
            {
                Prompt(prompt, "delete the item");
            }
        }

        return paths.Count > 0;
    }

    /// <summary>
    /// Unlocks the default collection (`vault unlock` with this backend): at once when it is open, else through
    /// the keyring's own prompt. It then stays open for the whole desktop session; there is no agent to run.
    /// </summary>
    public void UnlockDefault()
    {
        var collection = DefaultCollection();
        var result = Call(() => Service.UnlockAsync([collection]));
        if (result.Prompt != NoPrompt)
        {
            Prompt(result.Prompt, "unlock the keyring");
        }
    }

    /// <summary>
    /// Service.Lock on every collection that holds a rolecall item, and on the default one (where new items go):
    /// the next read goes through the keyring's unlock prompt again. Other collections are left as they are.
    /// </summary>
    public string? Lock()
    {
        var found = Call(() => Service.SearchItemsAsync(new Dictionary<string, string> { ["application"] = "rolecall" }));
        var collections = found.Unlocked.Concat(found.Locked).Select(CollectionOf).ToList();
        if (Call(() => Service.ReadAliasAsync("default")) is var alias && alias != NoPrompt)
        {
            collections.Add(alias);
        }

        var distinct = collections.Distinct().ToArray();
        if (distinct.Length == 0)
        {
            return null;
        }

        var result = Call(() => Service.LockAsync(distinct));
        if (result.Prompt != NoPrompt)
        {
            Prompt(result.Prompt, "lock the keyring");
        }

        return $"the desktop keyring is locked ({string.Join(", ", distinct.Select(c => c.ToString()[(c.ToString().LastIndexOf('/') + 1)..]))})";
    }

    /// <summary>The attributes that identify an item; CreateItem(replace) matches on exactly these.</summary>
    public static Dictionary<string, string> Identity(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["application"] = "rolecall", ["item"] = name };
        if (ItemNames.IsSession(name))
        {
            attributes["session"] = name[ItemNames.SessionPrefix.Length..];
        }
        else
        {
            attributes["profile"] = name;
        }

        return attributes;
    }

    public void Dispose() => _connection?.Dispose();

    private Connection Connection => _connection ??= Connect();

    private ISecretServiceApi Service => _service ??= Connection.CreateProxy<ISecretServiceApi>(ServiceName, ServicePath);

    private SecretTransport Transport => _transport ??= Call(() => SecretTransport.OpenAsync(Service));

    /// <summary>An item's collection: the spec puts items under their collection's path.</summary>
    private static ObjectPath CollectionOf(ObjectPath item) => new(item.ToString()[..item.ToString().LastIndexOf('/')]);

    private ISecretItem Item(ObjectPath path) => Connection.CreateProxy<ISecretItem>(ServiceName, path);

    private Connection Connect()
    {
        // No SynchronizationContext: replies must not wait for a thread this synchronous backend is blocking.
        var connection = new Connection(new ClientConnectionOptions(busAddress) { SynchronizationContext = null });
        Call(connection.ConnectAsync);
        return connection;
    }

    /// <summary>The matching items, unlocking the locked ones first (the keyring may prompt).</summary>
    private List<ObjectPath> Search(Dictionary<string, string> attributes)
    {
        var found = Call(() => Service.SearchItemsAsync(attributes));
        var paths = found.Unlocked.ToList();
        if (found.Locked.Length > 0)
        {
            paths.AddRange(Unlock(found.Locked));
        }

        return paths;
    }

    private ObjectPath[] Unlock(ObjectPath[] objects)
    {
        var result = Call(() => Service.UnlockAsync(objects));
        return result.Prompt == NoPrompt ? result.Unlocked : Prompt(result.Prompt, "unlock the keyring") as ObjectPath[] ?? [];
    }

    private Dictionary<ObjectPath, byte[]> Secrets(ObjectPath[] items)
    {
        var secrets = Call(() => Service.GetSecretsAsync(items, Transport.Session));
        return secrets.ToDictionary(s => s.Key, s => Transport.Open(s.Value.Parameters, s.Value.Value));
    }

    /// <summary>The collection behind the "default" alias, created (login keyring style) when there is none.</summary>
    private ObjectPath DefaultCollection()
    {
        var path = Call(() => Service.ReadAliasAsync("default"));
        if (path != NoPrompt)
        {
            return path;
        }

        var created = Call(() => Service.CreateCollectionAsync(new Dictionary<string, object> { ["org.freedesktop.Secret.Collection.Label"] = "Login" }, "default"));
        if (created.Prompt == NoPrompt)
        {
            return created.Collection;
        }

        // The prompt's result is the new collection's path.
        return Prompt(created.Prompt, "create a keyring") is ObjectPath made ? made : throw VaultErrors.KeyringLocked("create a keyring");
    }

    /// <summary>Runs the keyring's prompt and waits for Completed; a dismissed or unanswered prompt is an error.</summary>
    private object Prompt(ObjectPath path, string what) =>
        Call(() => SecretPrompt.RunAsync(Connection.CreateProxy<ISecretPrompt>(ServiceName, path), promptTimeout)) is (false, var result)
            ? result
            : throw VaultErrors.KeyringLocked(what);

    private T Call<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (DBusException e)
        {
            throw VaultErrors.BackendFailed(Name, $"{e.ErrorName}: {e.ErrorMessage}", e);
        }
        catch (Exception e) when (e is ConnectException or DisconnectedException or IOException or System.Net.Sockets.SocketException)
        {
            throw VaultErrors.BackendFailed(Name, $"no Secret Service on the session bus ({e.Message})", e);
        }
    }

    private void Call(Func<Task> call) => Call(async () => { await call().ConfigureAwait(false); return true; });
}
