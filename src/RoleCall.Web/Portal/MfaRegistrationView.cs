using Microsoft.AspNetCore.Http;
using QRCoder;
using RoleCall.IdentityCenter.Model;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;

namespace RoleCall.Web.Portal;

/// <summary>
/// The "Register MFA device" page for an identity-store user, at sign-in (/start/mfa-register, when the
/// instance requires MFA) or later (/start/mfa-device): the seed's QR code (`otpauth://totp/USER@STORE?secret=`)
/// and the form for two consecutive codes.
/// </summary>
internal static class MfaRegistrationView
{
    public static Task WriteAsync(PageRenderer pages, PortalRequest request, StoreUser user, string seed, string action, string? error = null, int status = StatusCodes.Status200OK)
    {
        var label = Uri.EscapeDataString($"{user.UserName}@{user.IdentityStoreId}");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"otpauth://totp/{label}?secret={seed}&issuer=RoleCall", QRCodeGenerator.ECCLevel.M);
        var png = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
        var chrome = request.Chrome("Register MFA device", error) with { UserName = request.User is null ? null : user.DisplayName ?? user.UserName };
        return pages.WriteAsync<PortalMfaPage>(request.Http, new PortalMfaModel(chrome, action, user.MfaSeed is not null, png, seed), status, PortalApp.Csp);
    }
}
