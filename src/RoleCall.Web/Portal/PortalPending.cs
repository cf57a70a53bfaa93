namespace RoleCall.Web.Portal;

/// <summary>A half-finished portal sign-in, sealed in its cookie: whose password was right, and the step still due.</summary>
public sealed record PortalPending(string Id, string UserId, PortalStep Step, DateTimeOffset Expires);
