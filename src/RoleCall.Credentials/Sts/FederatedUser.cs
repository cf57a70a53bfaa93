namespace RoleCall.Credentials.Sts;

/// <summary>GetFederationToken's identity: `ACCT:name` and `arn:aws:sts::ACCT:federated-user/name`.</summary>
public sealed record FederatedUser(string FederatedUserId, string Arn);
