using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>AssumeRoleWithWebIdentity's answer.</summary>
public sealed record AssumeRoleWithWebIdentityResponse(
    AwsCredentials Credentials,
    AssumedRoleUser AssumedRoleUser,
    string? SubjectFromWebIdentityToken,
    string? Provider,
    string? Audience,
    int? PackedPolicySize,
    string? SourceIdentity,
    string RequestId,
    ResultStruct Result);
