using Microsoft.AspNetCore.Http;

namespace RoleCall.Web.Hosting;

/// <summary>
/// Where sign-in sends a browser back to: the console page it asked for without a session. Only this
/// server's own console pages qualify (a path under /console or /switchrole, never `//host` or a scheme),
/// so the cookie cannot be turned into an open redirect.
/// </summary>
internal static class ReturnPath
{
    /// <summary>How long the page asked for is remembered: the sign-in, MFA and new-password steps fit in it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Path.Value + http.Request.QueryString.Value;
    }

    /// <summary>The path when it is one of the console's own pages, else null.</summary>
    public static string? Validate(string? path)
    {
        if (path is null || path.Length > 2048 || path.Contains('\\', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal)
            || path.Any(char.IsControl))
        {
            return null;
        }

        var page = path.Split('?', 2)[0];
        return page is "/console" or "/switchrole" || page.StartsWith("/console/", StringComparison.Ordinal) ? path : null;
    }
}
