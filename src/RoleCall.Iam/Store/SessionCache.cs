using System.Collections.Concurrent;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Store;

/// <summary>
/// Sessions by access key ID, for the per-request lookup of `ASIA` keys. A session row never changes after
/// its insert committed (only the expiry purge deletes rows, and <see cref="RemoveExpiredBefore"/> follows
/// it), so a cached session is always the stored one and a hit costs one dictionary probe instead of a
/// read transaction. Only committed rows enter: a lookup caches what it read. The cache is dropped whole
/// when it outgrows its bound, so memory stays bounded however many sessions were issued. A lookup racing
/// the purge may cache a session just deleted; it is expired, so it is answered ExpiredToken either way.
/// Shared by the SQLite and PostgreSQL stores: only rows a lookup read enter, never a miss, so a session
/// another replica issued a moment later is found on the first request that names it.
/// </summary>
public sealed class SessionCache(int capacity = 20_000)
{
    private readonly ConcurrentDictionary<string, TemporarySession> byKeyId = new(StringComparer.Ordinal);

    public TemporarySession? Find(string accessKeyId) => byKeyId.GetValueOrDefault(accessKeyId);

    public void Add(TemporarySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (byKeyId.Count >= capacity)
        {
            byKeyId.Clear();
        }

        byKeyId[session.AccessKeyId] = session;
    }

    /// <summary>Forgets what the store's purge deleted: the same comparison, in whole Unix seconds.</summary>
    public void RemoveExpiredBefore(long unixSeconds)
    {
        foreach (var (keyId, session) in byKeyId)
        {
            if (session.Expiration.ToUnixTimeSeconds() < unixSeconds)
            {
                byKeyId.TryRemove(keyId, out _);
            }
        }
    }
}
