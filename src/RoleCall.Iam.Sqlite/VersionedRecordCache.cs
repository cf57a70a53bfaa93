using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Deserialized entity records by row id and row version (`entities.version`, bumped on every update).
/// A hit costs the short id string and an integer from the row: the JSON column is neither materialized nor
/// hashed, which is most of what a page of 100 roles used to cost. The cache is dropped whole when it
/// outgrows its bound; a stale entry is never served because the version in the row no longer matches.
/// </summary>
internal sealed class VersionedRecordCache<T>(int capacity = 50_000)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> byId = new(StringComparer.Ordinal);

    /// <summary>The record of the current row, whose columns <paramref name="idColumn"/>, +1 (version), +2 (data) are read.</summary>
    public T Get(SqliteDataReader reader, int idColumn)
    {
        var id = reader.GetString(idColumn);
        var version = reader.GetInt64(idColumn + 1);
        if (byId.TryGetValue(id, out var cached) && cached.Version == version)
        {
            return cached.Record;
        }

        if (byId.Count >= capacity)
        {
            byId.Clear();
        }

        var record = Sql.Deserialize<T>(reader.GetString(idColumn + 2));
        byId[id] = new Entry(version, record);
        return record;
    }

    private sealed record Entry(long Version, T Record);
}
