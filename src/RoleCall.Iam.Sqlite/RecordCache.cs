using System.Collections.Concurrent;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Deserialized records by their stored JSON text. Records are immutable, so a row whose JSON is unchanged
/// maps to the same object and a page of 100 roles costs 100 dictionary hits instead of 100 parses. A
/// changed row has new JSON and misses; the cache is dropped whole when it outgrows its bound.
/// </summary>
internal sealed class RecordCache<T>(int capacity = 50_000)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> byJson = new(StringComparer.Ordinal);

    /// <summary>The record of this JSON; <paramref name="open"/> (e.g. unsealing its secret) runs once per new JSON.</summary>
    public T Get(string json, Func<T, T>? open = null)
    {
        if (byJson.TryGetValue(json, out var cached))
        {
            return cached;
        }

        if (byJson.Count >= capacity)
        {
            byJson.Clear();
        }

        var record = Sql.Deserialize<T>(json);
        record = open is null ? record : open(record);
        byJson.TryAdd(json, record);
        return record;
    }
}
