using RoleCall.Iam.Model;

namespace RoleCall.Server.Auth;

/// <summary>Who sent an authenticated request, and the service and region its signature was scoped to.</summary>
internal sealed record Authentication(Caller Caller, string Service, string Region);
