using System.Collections.Concurrent;
using RoleCall.Iam.Model;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Sessions by access key ID, as read from the database. Invalidation: none is needed for correctness, because
/// a session row is immutable once committed; the purge (<see cref="RemoveExpiredBefore"/>) only removes what
/// is expired, which the authenticator refuses anyway. Only rows a lookup read enter, never a miss, so a
/// session another replica issues a moment later is found on the first request that names it. Bounded: the
/// memo is dropped whole when it outgrows <paramref name="capacity"/>.
/// </summary>
internal sealed class SessionMemo(int capacity = 20_000)
{
    private readonly ConcurrentDictionary<string, TemporarySession> byKeyId = new(StringComparer.Ordinal);

    public TemporarySession? Find(string accessKeyId) => byKeyId.GetValueOrDefault(accessKeyId);

    public void Add(TemporarySession session)
    {
        if (byKeyId.Count >= capacity)
        {
            byKeyId.Clear();
        }

        byKeyId[session.AccessKeyId] = session;
    }

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
