using Microsoft.AspNetCore.Http;
using RoleCall.Iam;
using RoleCall.Web.Handlers;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web;

/// <summary>
/// The web console on serve's port: /signin, /console (home, security credentials, IAM pages), /switchrole and
/// /federation. Every POST must carry its anti-forgery token; every /console and /switchrole page needs a
/// session cookie. Page handlers act through <see cref="IIamService"/> as the signed-in identity.
/// </summary>
public sealed class ConsoleApp : IAsyncDisposable
{
    /// <summary>The route prefixes the front door hands to <see cref="HandleAsync"/>.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["/console", "/signin", "/switchrole", "/federation"];

    private readonly TimeProvider clock;
    private readonly SessionStore sessions;
    private readonly PageRenderer pages = new();
    private readonly SignInHandler signIn;
    private readonly HomeHandler home;
    private readonly SecurityCredentialsHandler credentials;
    private readonly SwitchRoleHandler switchRole;
    private readonly IamListHandler lists;
    private readonly IamDetailHandler details;
    private readonly FederationHandler federation;

    public ConsoleApp(IamService iam, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(iam);
        this.clock = clock;
        var calls = new IamCalls(iam);
        sessions = new SessionStore(iam.Runtime.Store, calls, clock);
        signIn = new SignInHandler(iam.SignIn, sessions, new SignInRateLimiter(clock), pages);
        home = new HomeHandler(pages);
        credentials = new SecurityCredentialsHandler(calls, iam.SignIn, pages);
        switchRole = new SwitchRoleHandler(calls, iam.SignIn, pages);
        lists = new IamListHandler(calls, pages);
        details = new IamDetailHandler(calls, pages);
        Calls = calls;
        SigninTokens = new SigninTokens(sessions, iam.Runtime.Store, calls, clock);
        federation = new FederationHandler(calls, SigninTokens, sessions, pages);
    }

    /// <summary>The console's service calls (the portal finds its role sessions' callers through them).</summary>
    internal IamCalls Calls { get; }

    /// <summary>The console's sealed-cookie sessions: the portal seals its own with the same key.</summary>
    internal SessionStore Sessions => sessions;

    /// <summary>/federation's sign-in tokens: the portal's "Management console" link issues one.</summary>
    internal SigninTokens SigninTokens { get; }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = new ConsoleRequest(http, sessions.Find(Cookies.Get(http, Cookies.Session)), clock.GetUtcNow());
        if (request.Session is { } session)
        {
            // A page that switched role, switched back or started an MFA assignment changed what the cookie seals.
            http.Response.OnStarting(static state =>
            {
                var (store, http, session) = ((SessionStore, HttpContext, ConsoleSession))state;
                store.SaveIfChanged(http, session);
                return Task.CompletedTask;
            }, (sessions, http, session));
        }

        var path = http.Request.Path.Value ?? "/";
        var post = HttpMethods.IsPost(http.Request.Method);
        IFormCollection? form = null;
        if (path == "/federation")
        {
            // An API, not a page: it authenticates with the credentials it is given and sets no cookie, so
            // getSigninToken may be POSTed (keeping the secret out of URLs) without an anti-forgery token.
            form = post && http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
            await federation.HandleAsync(request, form);
            return;
        }

        if (post)
        {
            form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
            if (!AntiForgery.IsValid(http, form))
            {
                var chrome = request.Chrome("Form not accepted", "This form has no valid anti-forgery token, so nothing was changed. Reload the page and submit it again.");
                await pages.WriteAsync<MessagePage>(http, new MessageModel(chrome, path, "Reload"), StatusCodes.Status400BadRequest);
                return;
            }
        }

        await RouteAsync(request, path, form);
    }

    public ValueTask DisposeAsync()
    {
        sessions.Dispose();
        return pages.DisposeAsync();
    }

    private Task RouteAsync(ConsoleRequest request, string path, IFormCollection? form)
    {
        switch (path, form)
        {
            case ("/signin", null): return signIn.ShowAsync(request);
            case ("/signin", { } f): return signIn.PostAsync(request, f);
            case ("/signin/mfa", null): return signIn.ShowStepAsync(request, mfa: true);
            case ("/signin/mfa", { } f): return signIn.PostMfaAsync(request, f);
            case ("/signin/password", null): return signIn.ShowStepAsync(request, mfa: false);
            case ("/signin/password", { } f): return signIn.PostNewPasswordAsync(request, f);
        }

        if (request.Session is null)
        {
            // Not signed in (or the session ended): to the sign-in page, keeping the deep link's account, and
            // back to the page asked for once signed in (a Switch Role link with its fields, say).
            if (form is null)
            {
                Cookies.Set(request.Http, Cookies.Return, ReturnPath.Of(request.Http), ReturnPath.Lifetime);
            }

            request.Redirect(path == "/switchrole" && request.Query("account").Length > 0 ? $"/signin?account={Uri.EscapeDataString(request.Query("account"))}" : "/signin");
            return Task.CompletedTask;
        }

        return RouteSignedIn(request, path, form);
    }

    private Task RouteSignedIn(ConsoleRequest request, string path, IFormCollection? form)
    {
        switch (path, form)
        {
            case ("/console" or "/console/", null): return home.ShowAsync(request);
            case ("/console/security-credentials", null): return credentials.ShowAsync(request);
            case ("/console/security-credentials", { } f): return credentials.PostAsync(request, f);
            case ("/switchrole", null): return switchRole.ShowAsync(request);
            case ("/switchrole", { } f): return switchRole.PostAsync(request, f);
            case ("/switchrole/history", { } f): return switchRole.PostHistoryAsync(request, f);
            case ("/switchrole/back", not null): SwitchRoleHandler.SwitchBack(request); return Task.CompletedTask;
            case ("/signin/signout", not null): signIn.SignOut(request); return Task.CompletedTask;
            case ("/console/iam/users", null): return lists.UsersAsync(request);
            case ("/console/iam/roles", null): return lists.RolesAsync(request);
            case ("/console/iam/policies", null): return lists.PoliciesAsync(request);
            case ("/console/iam/policy", null): return details.PolicyAsync(request);
            case (_, null) when path.StartsWith("/console/iam/users/", StringComparison.Ordinal):
                return details.UserAsync(request, Uri.UnescapeDataString(path["/console/iam/users/".Length..]));
            case (_, { } f) when path.StartsWith("/console/iam/users/", StringComparison.Ordinal):
                return details.PostUserAsync(request, Uri.UnescapeDataString(path["/console/iam/users/".Length..]), f);
            case (_, null) when path.StartsWith("/console/iam/roles/", StringComparison.Ordinal):
                return details.RoleAsync(request, Uri.UnescapeDataString(path["/console/iam/roles/".Length..]));
            default:
                var chrome = request.Chrome("Page not found", $"There is no console page at {path}.");
                return pages.WriteAsync<MessagePage>(request.Http, new MessageModel(chrome, "/console", "Console home"), StatusCodes.Status404NotFound);
        }
    }
}
