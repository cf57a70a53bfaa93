using System.Collections.Concurrent;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Query results kept until this process next writes the tables they come from: a store whose database has
/// one writer, this process, calls <see cref="Invalidate"/> after every such write (committed or not), and
/// every entry read before it is dropped at once, whatever its key. A result loaded while a write commits is
/// kept under the version it started with, which the write has moved on, so it is never served. The whole
/// cache is cleared at <c>capacity</c> entries, since keys come from requests.
/// </summary>
internal sealed class WriteVersionedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private long version;

    public TValue GetOrLoad(TKey key, Func<TValue> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var current = Interlocked.Read(ref version);
        if (entries.TryGetValue(key, out var cached) && cached.Version == current)
        {
            return cached.Value;
        }

        var value = load();
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[key] = new Entry(current, value);
        return value;
    }

    public void Invalidate() => Interlocked.Increment(ref version);

    private sealed record Entry(long Version, TValue Value);
}
