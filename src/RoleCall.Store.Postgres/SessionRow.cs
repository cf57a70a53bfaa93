using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Store.Postgres;

/// <summary>An `iam_sessions` row ready to bind: the key, the expiry (Unix seconds) and the session's JSON (secrets already sealed).</summary>
internal sealed record SessionRow(string AccessKeyId, long Expiration, string Data)
{
    public static SessionRow Of(TemporarySession sealedSession) =>
        new(sealedSession.AccessKeyId, sealedSession.Expiration.ToUnixTimeSeconds(), StoredRecordJson.Serialize(sealedSession));
}
