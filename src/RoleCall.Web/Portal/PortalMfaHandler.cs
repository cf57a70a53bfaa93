using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter.Passwords;
using RoleCall.Web.Hosting;

namespace RoleCall.Web.Portal;

/// <summary>
/// /start/mfa-device for a signed-in user: register an MFA device (or replace the one registered). From then on
/// the portal and the device page ask for its code after the password.
/// </summary>
internal sealed class PortalMfaHandler(UserSignIn users, PortalSessions sessions, PageRenderer pages)
{
    public Task ShowAsync(PortalRequest request, string? error = null, int status = StatusCodes.Status200OK) =>
        MfaRegistrationView.WriteAsync(pages, request, request.User!, sessions.RegistrationSeed(request.Session!.Id, request.User!.MfaSeed), "/start/mfa-device", error, status);

    public Task PostAsync(PortalRequest request, IFormCollection form)
    {
        var session = request.Session!;
        if (users.RegisterMfa(request.User!, sessions.RegistrationSeed(session.Id, request.User!.MfaSeed), form["code1"].ToString(), form["code2"].ToString()) is { } refused)
        {
            return ShowAsync(request, refused, StatusCodes.Status400BadRequest);
        }

        request.Redirect("/start");
        return Task.CompletedTask;
    }
}
