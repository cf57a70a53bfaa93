using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>GetCallerIdentity's answer: `AIDA...`/`AROA...:session`/account ID, the account, the ARN.</summary>
public sealed record GetCallerIdentityResponse(string UserId, string Account, string Arn, string RequestId, ResultStruct Result);
