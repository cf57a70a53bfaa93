using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace RoleCall.Server.Admin;

/// <summary>
/// Keeps web pages from moving the dev clock (issue 17, item 9). Any page a developer has open could POST a
/// `text/plain` body to 127.0.0.1 without a CORS preflight; requiring `application/json` forces the preflight,
/// which this server never grants, and a request whose Origin (or Sec-Fetch-Site) says it came from another
/// site is refused outright. curl, the AWS SDKs and tests send no Origin and are not affected.
/// </summary>
internal static class DevClockGuard
{
    /// <summary>Null when the POST may proceed; else the status and the reason.</summary>
    public static (int Status, string Message)? Refusal(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "send the body as Content-Type: application/json");
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return (StatusCodes.Status403Forbidden, "the dev clock accepts requests from this server's own origin only");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status403Forbidden, "the dev clock accepts requests from this server's own origin only");
        }

        return null;
    }
}
