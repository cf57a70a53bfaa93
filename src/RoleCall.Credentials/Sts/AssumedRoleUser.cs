namespace RoleCall.Credentials.Sts;

/// <summary>The session's identity: `AROA...:session` and `arn:aws:sts::ACCT:assumed-role/ROLE/session`.</summary>
public sealed record AssumedRoleUser(string AssumedRoleId, string Arn);
