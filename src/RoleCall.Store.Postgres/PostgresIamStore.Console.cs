namespace RoleCall.Store.Postgres;

/// <summary>
/// What the console shares between replicas besides IAM itself: the key its cookies are sealed with, derived
/// from the replicas' shared store key, and the console IDs revoked by a sign-out or a redeemed sign-in token.
/// No cache: a revocation made through one replica must refuse the ID on every other at once, so each check
/// is one primary-key probe.
/// </summary>
public sealed partial class PostgresIamStore
{
    public byte[] DeriveKey(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return sealer.DeriveKey(purpose);
    }

    public bool TryRevokeConsoleId(string id, DateTimeOffset expires, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(id);
        return db.Write(s =>
        {
            s.Run("DELETE FROM iam_console_revocations WHERE expires < @now;", ("now", now.ToUnixTimeSeconds()));
            return s.Run("INSERT INTO iam_console_revocations (id, expires) VALUES (@id, @e) ON CONFLICT DO NOTHING;", ("id", id), ("e", expires.ToUnixTimeSeconds()));
        }) == 1;
    }

    public bool IsConsoleIdRevoked(string id) =>
        db.Read(s => s.Scalar("SELECT count(*) FROM iam_console_revocations WHERE id = @id;", ("id", id))) > 0;
}
