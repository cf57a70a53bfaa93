namespace RoleCall.Web.Portal;

/// <summary>One browser signed in to the access portal as an identity-store user, until <see cref="Expires"/>.</summary>
public sealed record PortalSession(string Id, string UserId, DateTimeOffset Expires);
