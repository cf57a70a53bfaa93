namespace RoleCall.Store.Postgres;

/// <summary>
/// Records read by key (access keys, accounts, users/groups/roles by name and by ID, managed policies,
/// listing pages), each tagged with the <see cref="ChangeListener.Generation"/> current BEFORE its database
/// read. Invalidated by: any write to those tables on any replica (NOTIFY -> generation bump), a local
/// write's own bump, a lost listening connection (nothing is cached until it is back, and everything is
/// dropped when it is), and the version check on read (<see cref="VersionCheck"/>: a change counter newer than
/// every notification heard). An entry read while a write committed carries the older generation, so it is
/// never served. Bounded: dropped whole at <paramref name="capacity"/> entries.
/// </summary>
internal sealed class SharedCache(ChangeListener changes, int capacity = 50_000)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Generation, object? Value)> entries = new(StringComparer.Ordinal);

    public T Get<T>(string key, Func<T> load)
    {
        // The check first: a counter it finds newer bumps the generation read next.
        if (!changes.Usable())
        {
            return load();
        }

        var generation = changes.Generation;
        if (entries.TryGetValue(key, out var entry) && entry.Generation == generation)
        {
            return (T)entry.Value!;
        }

        var value = load();
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[key] = (generation, value);
        return value;
    }
}
