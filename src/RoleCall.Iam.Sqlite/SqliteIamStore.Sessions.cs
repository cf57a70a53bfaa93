using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// STS sessions, in database files of their own (<see cref="SessionFiles"/>): issuing one is a group-committed
/// insert (<see cref="GroupCommit{T}"/>), awaited (<see cref="EnqueueSession"/>) or blocking
/// (<see cref="AddSession"/>), and the lookup that authenticates every `ASIA`-signed request is answered from
/// <see cref="SessionCache"/> once the session was seen.
/// </summary>
public sealed partial class SqliteIamStore : IDeferredSessionWrites
{
    private readonly SessionCache sessions = new();

    /// <summary>Returns once the row is durable (committed to the WAL).</summary>
    public void AddSession(TemporarySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (sessionInserts is null)
        {
            WriteSession(Row(session));
        }
        else
        {
            sessionInserts.Add(Row(session));
        }
    }

    /// <summary>The task completes once the row is durable (committed to the WAL).</summary>
    public Task EnqueueSession(TemporarySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (sessionInserts is null)
        {
            // In memory: nothing to wait for, and no writer thread to hand it to.
            WriteSession(Row(session));
            return Task.CompletedTask;
        }

        return sessionInserts.Enqueue(Row(session));
    }

    public TemporarySession? FindSession(string accessKeyId)
    {
        if (sessions.Find(accessKeyId) is { } cached)
        {
            return cached;
        }

        foreach (var file in sessionFiles.ActiveFirst)
        {
            var stored = file.Read(s => s.One("SELECT data FROM sessions WHERE access_key_id = $id;", r => Opened(Sql.Deserialize<TemporarySession>(r.GetString(0))), ("$id", accessKeyId)));
            if (stored is not null)
            {
                sessions.Add(stored);
                return stored;
            }
        }

        return null;
    }

    public int DeleteSessionsExpiredBefore(DateTimeOffset time)
    {
        var deleted = 0;
        foreach (var file in sessionFiles.ActiveFirst)
        {
            deleted += file.Write(s => s.Run("DELETE FROM sessions WHERE expiration < $e;", ("$e", time.ToUnixTimeSeconds())));
        }

        sessions.RemoveExpiredBefore(time.ToUnixTimeSeconds());
        return deleted;
    }

    /// <summary>Sealed and serialized on the caller's thread, so the one writer only binds and steps.</summary>
    private SessionRow Row(TemporarySession session) =>
        SessionRow.Of(session with { SecretAccessKey = sealer.Seal(session.SecretAccessKey), SessionToken = sealer.Seal(session.SessionToken) });

    private void WriteSession(SessionRow row) => sessionFiles.Active.Write(s =>
    {
        SessionDatabase.Insert(s, row);
        return 1;
    });

    private TemporarySession Opened(TemporarySession stored) =>
        stored with { SecretAccessKey = sealer.Open(stored.SecretAccessKey), SessionToken = sealer.Open(stored.SessionToken) };
}
