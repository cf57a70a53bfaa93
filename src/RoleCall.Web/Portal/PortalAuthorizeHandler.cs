using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter.Oidc;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;

namespace RoleCall.Web.Portal;

/// <summary>
/// OIDC's /authorize (authorization-code grant with PKCE) as a portal page: a signed-in user allows or denies
/// the application, and the browser goes to its loopback redirect URI with `code` (or `error=access_denied`)
/// and `state`. Someone not signed in signs in to the portal first and comes back here. Bad parameters are
/// shown on the page, never sent to an unchecked redirect URI (RFC 6749 4.1.2.1).
/// </summary>
internal sealed class PortalAuthorizeHandler(AuthorizationCodes codes, PageRenderer pages)
{
    /// <summary>Where the portal sign-in returns to when it was started from /authorize.</summary>
    public const string ReturnCookie = "rolecall-portal-return";

    private static readonly string[] Names = ["response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method", "scopes"];

    public Task ShowAsync(PortalRequest request)
    {
        if (request.User is null)
        {
            Cookies.Set(request.Http, ReturnCookie, "/authorize" + request.Http.Request.QueryString.Value, PortalSessions.PendingLifetime);
            request.Redirect("/start");
            return Task.CompletedTask;
        }

        var values = Names.Select(n => KeyValuePair.Create(n, request.Query(n))).Where(p => p.Value.Length > 0).ToList();
        var (client, error) = Check(values);
        var model = new PortalAuthorizeModel(request.Chrome("Allow access", error), client?.ClientName, values);
        return pages.WriteAsync<PortalAuthorizePage>(request.Http, model, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, Csp(values));
    }

    public Task PostAsync(PortalRequest request, IFormCollection form)
    {
        var values = Names.Select(n => KeyValuePair.Create(n, form[n].ToString())).Where(p => p.Value.Length > 0).ToList();
        var (client, error) = Check(values);
        if (client is null)
        {
            var model = new PortalAuthorizeModel(request.Chrome("Allow access", error), null, values);
            return pages.WriteAsync<PortalAuthorizePage>(request.Http, model, StatusCodes.Status400BadRequest, PortalApp.Csp);
        }

        var redirect = Value(values, "redirect_uri");
        var answer = form["decision"] == "allow"
            ? "code=" + Uri.EscapeDataString(codes.Issue(client, request.User!, redirect, Value(values, "code_challenge")))
            : "error=access_denied";
        var state = Value(values, "state");
        request.Redirect(redirect + (redirect.Contains('?', StringComparison.Ordinal) ? "&" : "?") + answer + (state.Length > 0 ? "&state=" + Uri.EscapeDataString(state) : ""));
        return Task.CompletedTask;
    }

    /// <summary>The return path the sign-in left, if it is an /authorize request; the cookie is cleared.</summary>
    public static string? TakeReturn(HttpContext http)
    {
        var path = Cookies.Get(http, ReturnCookie);
        Cookies.Delete(http, ReturnCookie);
        return path is not null && path.StartsWith("/authorize?", StringComparison.Ordinal) ? path : null;
    }

    private (RoleCall.IdentityCenter.Model.OidcClient? Client, string? Error) Check(List<KeyValuePair<string, string>> values) =>
        codes.Check(Value(values, "response_type"), Value(values, "client_id"), Value(values, "redirect_uri"), Value(values, "code_challenge"), Value(values, "code_challenge_method"));

    private static string Value(List<KeyValuePair<string, string>> values, string name) => values.FirstOrDefault(p => p.Key == name).Value ?? "";

    /// <summary>The portal's policy, with the redirect URI's origin allowed as a form target (browsers apply form-action to the redirect).</summary>
    private static string Csp(List<KeyValuePair<string, string>> values) =>
        Uri.TryCreate(Value(values, "redirect_uri"), UriKind.Absolute, out var uri) && uri.IsLoopback
            ? PortalApp.Csp.Replace("form-action 'self'", $"form-action 'self' {uri.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : PortalApp.Csp;
}
