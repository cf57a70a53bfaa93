namespace RoleCall.Web.Pages.Portal;

/// <summary>The portal's sign-in form (user name kept after a failure), or one of its later steps.</summary>
/// <param name="Chrome">The layout's inputs.</param>
/// <param name="UserName">The user name typed so far.</param>
/// <param name="Step">"password" for the first form, "new-password" or "mfa" for the next steps.</param>
public sealed record PortalSignInModel(PortalChrome Chrome, string UserName, string Step);
