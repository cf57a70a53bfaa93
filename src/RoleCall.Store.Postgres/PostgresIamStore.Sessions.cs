using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>
/// STS sessions. Issuing one is a group insert (<see cref="SessionGroupInsert"/>), awaited
/// (<see cref="EnqueueSession"/>, whose task the endpoint awaits before it answers) or blocking
/// (<see cref="AddSession"/>); either way the caller learns of its row only after its commit, so a session
/// issued through one replica authenticates on every other as soon as AssumeRole has answered. Lookups that found a session keep it in
/// <see cref="sessions"/>: a session row never changes after its insert (only the expiry purge deletes it),
/// so a cached session is the stored one on every replica, with no invalidation needed.
/// </summary>
public sealed partial class PostgresIamStore : IDeferredSessionWrites
{
    private readonly SessionCache sessions = new();

    /// <summary>Returns once the row is committed.</summary>
    public void AddSession(TemporarySession session) => EnqueueSession(session).GetAwaiter().GetResult();

    /// <summary>The task completes once the row is committed, or faults with this row's error only.</summary>
    public Task EnqueueSession(TemporarySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return sessionInserts.Enqueue(Row(session));
    }

    public TemporarySession? FindSession(string accessKeyId)
    {
        if (sessions.Find(accessKeyId) is { } cached)
        {
            return cached;
        }

        var found = db.Read(s => s.One("SELECT data FROM iam_sessions WHERE access_key_id = @id;", r => StoredRecordJson.Deserialize<TemporarySession>(r.GetString(0)), ("id", accessKeyId)));
        if (found is null)
        {
            return null;
        }

        var opened = found with { SecretAccessKey = sealer.Open(found.SecretAccessKey), SessionToken = sealer.Open(found.SessionToken) };
        sessions.Add(opened);
        return opened;
    }

    /// <summary>Deletes in batches, so a purge of millions of rows never holds one long transaction.</summary>
    public int DeleteSessionsExpiredBefore(DateTimeOffset time)
    {
        var cutoff = time.ToUnixTimeSeconds();
        var total = 0;
        int deleted;
        do
        {
            deleted = db.Write(s => s.Run(
                "DELETE FROM iam_sessions WHERE access_key_id IN (SELECT access_key_id FROM iam_sessions WHERE expiration < @e LIMIT 10000);", ("e", cutoff)));
            total += deleted;
        }
        while (deleted > 0);

        sessions.RemoveExpiredBefore(cutoff);
        return total;
    }

    /// <summary>Sealed and serialized on the caller's thread, so the one writer only binds.</summary>
    private SessionRow Row(TemporarySession session) =>
        SessionRow.Of(session with { SecretAccessKey = sealer.Seal(session.SecretAccessKey), SessionToken = sealer.Seal(session.SessionToken) });
}
