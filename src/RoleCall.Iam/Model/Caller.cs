namespace RoleCall.Iam.Model;

/// <summary>
/// The authenticated principal behind a request, as the server's auth stage resolved it from the access key
/// (and session token). Handlers and the authorizer read it; they never see the secret.
/// </summary>
/// <param name="Kind">Root, IAM user, role session or federated user.</param>
/// <param name="AccountId">The account the principal belongs to.</param>
/// <param name="Arn">`arn:aws:iam::ACCT:root`, `arn:aws:iam::ACCT:user/path/name`,
/// `arn:aws:sts::ACCT:assumed-role/ROLE/session`, `arn:aws:sts::ACCT:federated-user/NAME`.</param>
/// <param name="UserId">GetCallerIdentity's UserId and `aws:userid`: `AIDA...`, `AROA...:session`, the account ID for root.</param>
/// <param name="AccessKeyId">The key that signed the request.</param>
/// <param name="Session">Set for temporary credentials (ASIA keys); null for long-term keys.</param>
public sealed record Caller(
    PrincipalKind Kind,
    string AccountId,
    string Arn,
    string UserId,
    string AccessKeyId,
    SessionContext? Session = null)
{
    public bool IsTemporary => Session is not null;
}
