using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>GetAccessKeyInfo's answer: the account that owns the key.</summary>
public sealed record GetAccessKeyInfoResponse(string Account, string RequestId, ResultStruct Result);
