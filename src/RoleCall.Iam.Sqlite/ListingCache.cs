using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Pages of entity listings (ListRoles, ListUsers, ListGroups) kept until the entities may have changed, so a
/// repeated page costs one `PRAGMA data_version` instead of walking 101 index entries and rows through 300+
/// native calls. Validity is one change counter: bumped by this store after every committed entity write
/// (<see cref="Invalidate"/>), and by any session that sees SQLite's `data_version` move, which is how a
/// commit by another connection (another process on the same data directory included) shows. A page is
/// stored with the counter read before its query ran, so a write racing the query leaves it stale-stamped,
/// never served. Pages are shared: callers must not modify them (Page items are read-only lists).
/// </summary>
internal sealed class ListingCache
{
    private const int Capacity = 1024;

    // The last data_version each pooled session saw; a session is used by one operation at a time.
    private readonly ConditionalWeakTable<DbSession, StrongBox<long>> seenDataVersions = new();
    private long changes;
    private Generation generation = new(0);

    /// <summary>Call after every write of the entities table, once it has committed (or failed).</summary>
    public void Invalidate() => Interlocked.Increment(ref changes);

    /// <summary>The cached page for <paramref name="key"/>, or the one <paramref name="query"/> reads on <paramref name="session"/> now.</summary>
    public Page<IamEntity> GetOrAdd(DbSession session, ListingKey key, Func<Page<IamEntity>> query)
    {
        var stamp = Stamp(session);
        var current = generation;
        if (current.Stamp != stamp)
        {
            // Something changed since these pages were read: drop them all (and the records they hold).
            current = new Generation(stamp);
            generation = current;
        }
        else if (current.Pages.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var page = query();
        if (current.Pages.Count >= Capacity)
        {
            current.Pages.Clear();
        }

        current.Pages[key] = page;
        return page;
    }

    // The change counter after noting any commit by another connection that this session can now see.
    private long Stamp(DbSession session)
    {
        var dataVersion = session.Scalar("PRAGMA data_version;");
        var seen = seenDataVersions.GetValue(session, _ => new StrongBox<long>(long.MinValue));
        if (seen.Value != dataVersion)
        {
            // A session seen for the first time counts as a change too: it may be the first to see one.
            seen.Value = dataVersion;
            Interlocked.Increment(ref changes);
        }

        return Volatile.Read(ref changes);
    }

    private sealed class Generation(long stamp)
    {
        public long Stamp { get; } = stamp;

        public ConcurrentDictionary<ListingKey, Page<IamEntity>> Pages { get; } = new();
    }
}
