using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;

namespace RoleCall.Web.Portal;

/// <summary>
/// The IAM Identity Center access portal on serve's port, at /start: sign-in as an identity-store user, the
/// accounts and permission sets assigned to them, each set's credentials dialog and console link. Pages are
/// server-rendered and work without JavaScript; every POST carries its anti-forgery token.
/// </summary>
public sealed class PortalApp : IAsyncDisposable
{
    /// <summary>The route prefixes the front door hands to <see cref="HandleAsync"/>: the portal and OIDC's browser step.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["/start", "/authorize"];

    /// <summary>The console's policy plus this origin's one script (the copy buttons).</summary>
    internal const string Csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src data:; form-action 'self'; frame-ancestors 'none'";

    private readonly TimeProvider clock;
    private readonly PortalSessions sessions;
    private readonly IdentityCenterService identityCenter;
    private readonly PageRenderer pages = new();
    private readonly PortalSignInHandler signIn;
    private readonly PortalAccountsHandler accounts;
    private readonly PortalMfaHandler mfa;
    private readonly PortalAuthorizeHandler authorize;

    public PortalApp(IdentityCenterService identityCenter, ConsoleApp console, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(identityCenter);
        ArgumentNullException.ThrowIfNull(console);
        this.identityCenter = identityCenter;
        this.clock = clock;
        sessions = new PortalSessions(console.Sessions, clock);
        signIn = new PortalSignInHandler(identityCenter.Users, identityCenter.Instances, sessions, new SignInRateLimiter(clock), pages);
        authorize = new PortalAuthorizeHandler(identityCenter.Oidc.Codes, pages);
        mfa = new PortalMfaHandler(identityCenter.Users, sessions, pages);
        accounts = new PortalAccountsHandler(identityCenter.Portal, console.Calls, console.SigninTokens, pages);
    }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = http.Request.Path.Value ?? "/";
        if (path == CopyScript.Path)
        {
            http.Response.ContentType = "text/javascript; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.WriteAsync(CopyScript.Source, http.RequestAborted);
            return;
        }

        var session = sessions.Find(Cookies.Get(http, Cookies.Portal));
        var user = session is null ? null : identityCenter.Users.Find(session.UserId);
        var request = new PortalRequest(http, user is null ? null : session, user, clock.GetUtcNow());
        IFormCollection? form = null;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
            if (!AntiForgery.IsValid(http, form))
            {
                await pages.WriteAsync<PortalSignInPage>(http, new PortalSignInModel(request.Chrome("Form not accepted",
                    "This form has no valid anti-forgery token, so nothing was changed. Reload the page and submit it again."), "", "password"), StatusCodes.Status400BadRequest, Csp);
                return;
            }
        }

        await RouteAsync(request, path.TrimEnd('/'), form);
    }

    public ValueTask DisposeAsync()
    {
        sessions.Dispose();
        return pages.DisposeAsync();
    }

    private Task RouteAsync(PortalRequest request, string path, IFormCollection? form)
    {
        switch (path, form)
        {
            case ("/start/signin", { } f): return signIn.PostAsync(request, f);
            case ("/start/password", null): return signIn.ShowStepAsync(request, PortalStep.NewPassword);
            case ("/start/password", { } f): return signIn.PostNewPasswordAsync(request, f);
            case ("/start/mfa", null): return signIn.ShowStepAsync(request, PortalStep.Mfa);
            case ("/start/mfa", { } f): return signIn.PostMfaAsync(request, f);
            case ("/start/mfa-register", null): return signIn.ShowStepAsync(request, PortalStep.RegisterMfa);
            case ("/start/mfa-register", { } f): return signIn.PostRegisterMfaAsync(request, f);
        }

        if (path == "/authorize")
        {
            return form is null ? authorize.ShowAsync(request) : request.User is null ? signIn.ShowAsync(request) : authorize.PostAsync(request, form);
        }

        if (request.User is null)
        {
            // Not signed in (or the session ended, or the user was deleted): the sign-in form, at any portal path.
            return signIn.ShowAsync(request);
        }

        switch (path, form)
        {
            case ("/start", null): return accounts.ShowAsync(request);
            case ("/start/credentials", null): return accounts.CredentialsAsync(request);
            case ("/start/console", null): return accounts.ConsoleAsync(request);
            case ("/start/mfa-device", null): return mfa.ShowAsync(request);
            case ("/start/mfa-device", { } f): return mfa.PostAsync(request, f);
            case ("/start/signout", not null): signIn.SignOut(request); return Task.CompletedTask;
            default:
                return accounts.ShowAsync(request, $"There is no portal page at {path}.", StatusCodes.Status404NotFound);
        }
    }
}
