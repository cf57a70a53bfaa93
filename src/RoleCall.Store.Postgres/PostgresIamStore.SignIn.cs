using RoleCall.Iam.SignIn;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Failed sign-ins shared by the replicas. Each failure is counted under the row's lock (the row is made first
/// when missing), so two replicas counting at once both count; no cache, since a lock set through one replica
/// must hold on the next attempt through another. Times are Unix milliseconds.
/// </summary>
public sealed partial class PostgresIamStore
{
    public SignInFailures RecordSignInFailure(string key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return db.Write(s =>
        {
            s.Run("INSERT INTO iam_sign_in_failures (key, count, first_at, last_at) VALUES (@k, 0, @now, @now) ON CONFLICT DO NOTHING;",
                ("k", key), ("now", now.ToUnixTimeMilliseconds()));
            var current = s.Rows("SELECT count, first_at, last_at FROM iam_sign_in_failures WHERE key = @k FOR UPDATE;", Failures, ("k", key))[0];
            var next = SignInFailures.After(current.Count == 0 ? null : current, now);
            s.Run("UPDATE iam_sign_in_failures SET count = @c, first_at = @f, last_at = @l WHERE key = @k;",
                ("k", key), ("c", next.Count), ("f", next.First.ToUnixTimeMilliseconds()), ("l", next.Last.ToUnixTimeMilliseconds()));
            return next;
        });
    }

    public SignInFailures? FindSignInFailures(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = db.Read(s => s.Rows("SELECT count, first_at, last_at FROM iam_sign_in_failures WHERE key = @k AND count > 0;", Failures, ("k", key)));
        return found.Count == 0 ? null : found[0];
    }

    public void ClearSignInFailures(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        db.Write(s => s.Run("DELETE FROM iam_sign_in_failures WHERE key = @k;", ("k", key)));
    }

    private static SignInFailures Failures(Npgsql.NpgsqlDataReader row) =>
        new(row.GetInt32(0), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(1)), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(2)));
}
