using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>AssumeRole's answer; <see cref="Result"/> is the whole `AssumeRoleResult` in shape order.</summary>
public sealed record AssumeRoleResponse(
    AwsCredentials Credentials,
    AssumedRoleUser AssumedRoleUser,
    int? PackedPolicySize,
    string? SourceIdentity,
    string RequestId,
    ResultStruct Result);
