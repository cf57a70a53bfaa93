using System.Net;
using System.Text.RegularExpressions;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// The person at the browser in the quickstart's portal story, over plain HTTP to the local service's own pages
/// (the same ones a browser gets): open the /authorize URL `sso login` printed, sign in at /start with the
/// one-time password, set a new one, allow access on the consent page, and follow the redirect to the login's
/// loopback callback. Cookies are kept and each form carries its page's anti-forgery field.
/// </summary>
internal sealed partial class QuickstartBrowser : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
    private string _csrf = "";

    /// <summary>Returns the page the loopback callback answered with.</summary>
    public async Task<string> SignInAndAllowAsync(string authorizeUrl, string user, string oneTimePassword, string newPassword, CancellationToken cancellation)
    {
        var authorize = new Uri(authorizeUrl);
        var (location, _) = await SendAsync(authorize, null, cancellation); // not signed in: sent to the portal's sign-in
        await SendAsync(new Uri(authorize, location ?? "/start"), null, cancellation);
        (location, _) = await SendAsync(new Uri(authorize, "/start/signin"), new() { ["username"] = user, ["password"] = oneTimePassword }, cancellation);
        await SendAsync(new Uri(authorize, location ?? "/start/password"), null, cancellation);
        (location, _) = await SendAsync(new Uri(authorize, "/start/password"), new() { ["newpassword"] = newPassword, ["confirmpassword"] = newPassword }, cancellation);
        var (_, consent) = await SendAsync(new Uri(authorize, location ?? throw Failed("the sign-in did not return to the authorization page")), null, cancellation);

        var form = Hidden().Matches(ConsentForm(consent)).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        form["decision"] = "allow";
        var (callback, _) = await SendAsync(new Uri(authorize, "/authorize"), form, cancellation);
        var (_, page) = await SendAsync(new Uri(callback ?? throw Failed("the consent page did not redirect to the login's callback")), null, cancellation);
        return page;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The consent form alone (the page's sign-out form has hidden fields too).</summary>
    private static string ConsentForm(string html)
    {
        var start = html.IndexOf("<form method=\"post\" action=\"/authorize\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..(html.IndexOf("</form>", start, StringComparison.Ordinal) is var end and >= 0 ? end : html.Length)];
    }

    private async Task<(string? Location, string Html)> SendAsync(Uri url, Dictionary<string, string>? form, CancellationToken cancellation)
    {
        if (form is not null && !form.ContainsKey("_csrf"))
        {
            form["_csrf"] = _csrf;
        }

        using var content = form is null ? null : new FormUrlEncodedContent(form);
        using var response = form is null ? await _http.GetAsync(url, cancellation) : await _http.PostAsync(url, content, cancellation);
        var html = await response.Content.ReadAsStringAsync(cancellation);
        if (Csrf().Match(html) is { Success: true } match)
        {
            _csrf = match.Groups[1].Value;
        }

        return (response.Headers.Location?.OriginalString, html);
    }

    private static QuickstartStepFailedException Failed(string what) => new($"portal sign-in: {what}");

    [GeneratedRegex("name=\"_csrf\" value=\"([^\"]+)\"")]
    private static partial Regex Csrf();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\" ?/?>")]
    private static partial Regex Hidden();
}
