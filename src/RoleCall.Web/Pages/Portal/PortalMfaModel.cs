namespace RoleCall.Web.Pages.Portal;

/// <summary>"Register MFA device": the new device's QR code and secret, the form's target, and whether a device is already registered.</summary>
public sealed record PortalMfaModel(PortalChrome Chrome, string Action, bool Registered, string QrPngDataUri, string SecretBase32);
