using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>GetFederationToken's answer.</summary>
public sealed record GetFederationTokenResponse(
    AwsCredentials Credentials,
    FederatedUser FederatedUser,
    int? PackedPolicySize,
    string RequestId,
    ResultStruct Result);
