using RoleCall.Iam;
using RoleCall.Iam.Model;

namespace RoleCall.S3.Access;

/// <summary>Who is calling S3 and the HTTP facts about the call (source IP, TLS, region, request id).</summary>
public sealed record S3Call(Caller Caller, RequestInfo Info);
