using Microsoft.AspNetCore.Http;

namespace RoleCall.Web.Hosting;

/// <summary>
/// The console's cookies, all HttpOnly and SameSite=Lax, Secure when the request came over https: the session
/// ID, the half-finished sign-in, the anti-forgery token and the role history; the access portal's session and
/// half-finished sign-in.
/// </summary>
internal static class Cookies
{
    public const string Session = "rolecall-session";
    public const string Pending = "rolecall-signin";
    public const string Csrf = "rolecall-csrf";
    public const string History = "rolecall-roles";

    /// <summary>The console page a browser without a session asked for, opened once sign-in completes.</summary>
    public const string Return = "rolecall-return";
    public const string Portal = "rolecall-portal";
    public const string PortalPending = "rolecall-portal-signin";

    public static void Set(HttpContext http, string name, string value, TimeSpan? maxAge = null) =>
        http.Response.Cookies.Append(name, value, Options(http, maxAge));

    public static void Delete(HttpContext http, string name) => http.Response.Cookies.Delete(name, Options(http, null));

    public static string? Get(HttpContext http, string name) => http.Request.Cookies.TryGetValue(name, out var value) ? value : null;

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = "/",
        MaxAge = maxAge,
    };
}
