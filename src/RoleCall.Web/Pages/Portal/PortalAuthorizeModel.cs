namespace RoleCall.Web.Pages.Portal;

/// <summary>/authorize: the application asking for access and the request's parameters to post back, or why the request is refused.</summary>
public sealed record PortalAuthorizeModel(PortalChrome Chrome, string? ClientName, IReadOnlyList<KeyValuePair<string, string>> Parameters);
