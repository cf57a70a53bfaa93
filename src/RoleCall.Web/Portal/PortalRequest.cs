using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter.Model;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;

namespace RoleCall.Web.Portal;

/// <summary>One browser request to the portal: the HTTP context, the session and its user (null before sign-in), the time.</summary>
internal sealed class PortalRequest(HttpContext http, PortalSession? session, StoreUser? user, DateTimeOffset now)
{
    public HttpContext Http { get; } = http;

    public PortalSession? Session { get; } = session;

    public StoreUser? User { get; } = user;

    public DateTimeOffset Now { get; } = now;

    public string Query(string name) => Http.Request.Query[name].ToString();

    public PortalChrome Chrome(string title, string? error = null, string? notice = null) =>
        new(title, User?.DisplayName ?? User?.UserName, AntiForgery.Token(Http), error, notice);

    public void Redirect(string location) => Http.Response.Redirect(location);

    public string Address => Http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The portal's own start URL as the browser reached it (what `aws configure sso` asks for).</summary>
    public string StartUrl => $"{Http.Request.Scheme}://{Http.Request.Host}/start";
}
