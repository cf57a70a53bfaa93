using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter.Oidc;
using RoleCall.IdentityCenter.Passwords;
using static System.Net.WebUtility;

namespace RoleCall.Server.IdentityCenter;

/// <summary>
/// The device verification page (`verificationUriComplete` points here): the user signs in with their
/// identity-store user name and password (changing a one-time password first, then the MFA code when they
/// have a device), confirms the code shown in
/// their terminal, and allows or denies it. Server-rendered, no JavaScript; the form carries an
/// anti-forgery token that must match an HttpOnly SameSite=Strict cookie (double submit).
/// </summary>
internal sealed class DevicePage(OidcService oidc, UserSignIn signIn)
{
    private const string CsrfCookie = "rolecall_device_csrf";

    public async Task HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await RenderAsync(http, 200, http.Request.Query["user_code"].ToString(), null, askNewPassword: false);
            return;
        }

        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType)
        {
            await RenderAsync(http, 405, "", "Use the form on this page.", askNewPassword: false);
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var code = form["user_code"].ToString();
        if (!TokenMatches(http, form["csrf"].ToString()))
        {
            await RenderAsync(http, 400, code, "The form expired or did not come from this page. Please try again.", askNewPassword: false);
            return;
        }

        var (status, message, askNewPassword) = Decide(code, form["username"].ToString(), form["password"].ToString(), form["new_password"].ToString(), form["mfa_code"].ToString(), form["decision"].ToString());
        await RenderAsync(http, status, code, message, askNewPassword, done: status == 200);
    }

    private (int Status, string Message, bool AskNewPassword) Decide(string code, string userName, string password, string newPassword, string mfaCode, string decision)
    {
        var grant = oidc.PendingGrant(code);
        if (grant is null)
        {
            return (400, "This code is not valid or has expired. Start the sign-in again from your terminal.", false);
        }

        var result = signIn.SignIn(userName, password);
        switch (result.Outcome)
        {
            case SignInOutcome.Locked:
                return (429, "Too many failed sign-in attempts. Try again in 15 minutes.", false);
            case SignInOutcome.Failed:
                return (401, "Incorrect user name or password.", false);
            case SignInOutcome.MustChangePassword when newPassword.Length == 0:
                return (403, "Your password is a one-time password: choose a new one to continue.", true);
            case SignInOutcome.MustChangePassword when signIn.ChangePassword(result.User!, newPassword) is { } refused:
                return (400, refused, true);
        }

        // MFA as at the portal: the device's code when the user has one; none yet while the instance requires one
        // means registering it in the portal first (a device page is no place to show a new secret).
        var user = signIn.Find(result.User!.Id) ?? result.User!;
        if (user.MfaSeed is not null && !signIn.CheckMfa(user, mfaCode.Trim()))
        {
            return (401, "Enter the current code of your MFA device (a code is accepted once).", false);
        }

        if (user.MfaSeed is null && signIn.MfaRequired)
        {
            return (403, "Your administrator requires an MFA device. Register one in the access portal (/start), then try again.", false);
        }

        if (decision == "deny")
        {
            oidc.Deny(grant);
            return (200, "Request denied. The application was not given access.", false);
        }

        oidc.Approve(grant, result.User!);
        return (200, "Request approved. You can close this window and return to your terminal.", false);
    }

    private static async Task RenderAsync(HttpContext http, int status, string code, string? message, bool askNewPassword, bool done = false)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        http.Response.Cookies.Append(CsrfCookie, token, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/device",
        });
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(Html(code, message, askNewPassword, done, token), http.RequestAborted);
    }

    private static bool TokenMatches(HttpContext http, string submitted)
    {
        var cookie = http.Request.Cookies[CsrfCookie];
        return cookie is not null && submitted.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(submitted));
    }

    private static string Html(string code, string? message, bool askNewPassword, bool done, string token)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorize request - RoleCall</title>")
            .Append("<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}label{display:block;margin-top:.8rem}")
            .Append("input{width:100%;padding:.4rem}button{margin-top:1rem;padding:.5rem 1rem}.message{padding:.6rem;background:#f2f3f3}</style>")
            .Append("</head><body><h1>Authorize request</h1>");
        if (message is not null)
        {
            page.Append("<p class=\"message\" role=\"status\">").Append(HtmlEncode(message)).Append("</p>");
        }

        if (!done)
        {
            page.Append("<p>Confirm that this code matches the code shown in your terminal, then sign in to allow access.</p>")
                .Append("<form method=\"post\" action=\"/device\">")
                .Append("<input type=\"hidden\" name=\"csrf\" value=\"").Append(token).Append("\">")
                .Append("<label for=\"user_code\">Code</label><input id=\"user_code\" name=\"user_code\" value=\"").Append(HtmlEncode(code)).Append("\" required>")
                .Append("<label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required>")
                .Append("<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>");
            if (askNewPassword)
            {
                page.Append("<label for=\"new_password\">New password</label><input id=\"new_password\" name=\"new_password\" type=\"password\" autocomplete=\"new-password\" required>");
            }

            page.Append("<label for=\"mfa_code\">MFA code (only with an MFA device)</label><input id=\"mfa_code\" name=\"mfa_code\" inputmode=\"numeric\" autocomplete=\"one-time-code\">");

            page.Append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow access</button> ")
                .Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>");
        }

        return page.Append("</body></html>").ToString();
    }
}
