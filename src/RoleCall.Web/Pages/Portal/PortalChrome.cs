namespace RoleCall.Web.Pages.Portal;

/// <summary>What every portal page's layout needs: title, the signed-in user (null before sign-in), anti-forgery token, messages.</summary>
public sealed record PortalChrome(string Title, string? UserName, string Csrf, string? Error = null, string? Notice = null);
