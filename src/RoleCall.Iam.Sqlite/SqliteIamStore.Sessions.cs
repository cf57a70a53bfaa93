using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// STS sessions, in their own database file (<see cref="SessionDatabase"/>): issuing one is a group-committed
/// insert (<see cref="GroupCommit{T}"/>), and the lookup that authenticates every `ASIA`-signed request is
/// answered from <see cref="SessionCache"/> once the session was seen.
/// </summary>
public sealed partial class SqliteIamStore
{
    private readonly SessionCache sessions = new();

    /// <summary>Returns once the row is durable (committed to the WAL).</summary>
    public void AddSession(TemporarySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (sessionInserts is null)
        {
            sessionDb.Write(s =>
            {
                InsertSession(s, session);
                return 1;
            });
        }
        else
        {
            sessionInserts.Add(session);
        }
    }

    public TemporarySession? FindSession(string accessKeyId)
    {
        if (sessions.Find(accessKeyId) is { } cached)
        {
            return cached;
        }

        var stored = sessionDb.Read(s => s.One("SELECT data FROM sessions WHERE access_key_id = $id;", r => Opened(Sql.Deserialize<TemporarySession>(r.GetString(0))), ("$id", accessKeyId)));
        if (stored is not null)
        {
            sessions.Add(stored);
        }

        return stored;
    }

    public int DeleteSessionsExpiredBefore(DateTimeOffset time)
    {
        var deleted = sessionDb.Write(s => s.Run("DELETE FROM sessions WHERE expiration < $e;", ("$e", time.ToUnixTimeSeconds())));
        sessions.RemoveExpiredBefore(time.ToUnixTimeSeconds());
        return deleted;
    }

    private void InsertSession(DbSession s, TemporarySession session) =>
        SessionDatabase.Insert(s, session with { SecretAccessKey = sealer.Seal(session.SecretAccessKey), SessionToken = sealer.Seal(session.SessionToken) });

    private TemporarySession Opened(TemporarySession stored) =>
        stored with { SecretAccessKey = sealer.Open(stored.SecretAccessKey), SessionToken = sealer.Open(stored.SessionToken) };
}
