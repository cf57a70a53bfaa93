using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite;

/// <summary>A `sessions` row ready to bind: the key, the expiry (Unix seconds) and the session's JSON (secrets already sealed).</summary>
internal sealed record SessionRow(string AccessKeyId, long Expiration, string Data)
{
    public static SessionRow Of(TemporarySession sealedSession) =>
        new(sealedSession.AccessKeyId, sealedSession.Expiration.ToUnixTimeSeconds(), Sql.Serialize(sealedSession));
}
