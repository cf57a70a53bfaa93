using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>GetSessionToken's answer.</summary>
public sealed record GetSessionTokenResponse(AwsCredentials Credentials, string RequestId, ResultStruct Result);
