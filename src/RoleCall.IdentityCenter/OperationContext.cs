using RoleCall.IdentityCenter.Json;
using RoleCall.Iam;
using RoleCall.Iam.Model;

namespace RoleCall.IdentityCenter;

/// <summary>One authenticated JSON call: who asks, the HTTP facts for the policy engine, the body, and now.</summary>
public sealed record OperationContext(Caller Caller, RequestInfo Info, JsonArgs Args, DateTimeOffset Now);
