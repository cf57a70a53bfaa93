using System.Net;
using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// A person with a browser (no JavaScript) over HTTP, for the authorization-code login: opens the /authorize URL
/// `rolecall sso login` printed, is sent to the portal's sign-in, signs in (changing a one-time password), comes
/// back to the consent page, allows or denies, and follows the redirect to the login's loopback callback, whose
/// page it returns. Cookies are kept; each form carries the anti-forgery field of the page it came from.
/// </summary>
internal sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _http;
    private string _csrf = "";

    public PortalBrowser()
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
    }

    /// <summary>The redirect the consent form answered with (the callback URL, code or error and state in it).</summary>
    public Uri? Callback { get; private set; }

    /// <param name="authorizeUrl">What the login printed.</param>
    /// <param name="user">The identity-store user name.</param>
    /// <param name="password">The password to sign in with.</param>
    /// <param name="newPassword">The new password when the portal asks for one (a one-time password), else null.</param>
    /// <param name="decision">`allow` or `deny`.</param>
    /// <param name="state">When given, the state the callback is sent with instead of the real one (a forged answer).</param>
    /// <returns>The callback page's status and text.</returns>
    public async Task<(int Status, string Html)> AuthorizeAsync(string authorizeUrl, string user, string password, string? newPassword, string decision = "allow", string? state = null)
    {
        var start = new Uri(authorizeUrl);
        var (status, location, consent) = await GetAsync(start);
        if (status == 302 && location is { } signIn)
        {
            await GetAsync(new Uri(start, signIn));
            (_, location, _) = await PostAsync(new Uri(start, "/start/signin"), new() { ["username"] = user, ["password"] = password });
            if (location == "/start/password" && newPassword is not null)
            {
                await GetAsync(new Uri(start, location));
                (_, location, _) = await PostAsync(new Uri(start, "/start/password"), new() { ["newpassword"] = newPassword, ["confirmpassword"] = newPassword });
            }

            (_, _, consent) = await GetAsync(new Uri(start, location ?? throw new InvalidOperationException("the sign-in did not return to /authorize")));
        }

        var fields = Hidden().Matches(ConsentForm(consent)).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["decision"] = decision;
        using var form = new FormUrlEncodedContent(fields);
        using var answer = await _http.PostAsync(new Uri(start, "/authorize"), form);
        Callback = answer.Headers.Location ?? throw new InvalidOperationException($"the consent form answered {(int)answer.StatusCode} without a redirect (fields sent: {string.Join(", ", fields.Keys)})");
        var target = state is null ? Callback : new Uri(Regex.Replace(Callback.ToString(), "state=[^&]+", "state=" + Uri.EscapeDataString(state)));
        using var page = await _http.GetAsync(target);
        return ((int)page.StatusCode, await page.Content.ReadAsStringAsync());
    }

    /// <summary>The device flow's page (`aws sso login`): sign in on the verification page and allow.</summary>
    public async Task<bool> ApproveDeviceAsync(string verificationUrl, string user, string password)
    {
        var page = await _http.GetStringAsync(new Uri(verificationUrl));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["csrf"] = DeviceCsrf().Match(page).Groups[1].Value, ["user_code"] = UserCode().Match(page).Groups[1].Value,
            ["username"] = user, ["password"] = password, ["new_password"] = "", ["decision"] = "allow",
        });
        using var answer = await _http.PostAsync(new Uri(new Uri(verificationUrl), "/device"), form);
        return (await answer.Content.ReadAsStringAsync()).Contains("Request approved", StringComparison.Ordinal);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The consent form alone (the page's sign-out form has hidden fields too).</summary>
    private static string ConsentForm(string html)
    {
        var start = html.IndexOf("<form method=\"post\" action=\"/authorize\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..(html.IndexOf("</form>", start, StringComparison.Ordinal) is var end and >= 0 ? end : html.Length)];
    }

    private async Task<(int Status, string? Location, string Html)> GetAsync(Uri url)
    {
        using var response = await _http.GetAsync(url);
        return await ReadAsync(response);
    }

    private async Task<(int Status, string? Location, string Html)> PostAsync(Uri url, Dictionary<string, string> fields)
    {
        fields["_csrf"] = _csrf;
        using var form = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(url, form);
        return await ReadAsync(response);
    }

    private async Task<(int Status, string? Location, string Html)> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (Csrf().Match(html) is { Success: true } match)
        {
            _csrf = match.Groups[1].Value;
        }

        return ((int)response.StatusCode, response.Headers.Location?.OriginalString, html);
    }

    [GeneratedRegex("name=\"_csrf\" value=\"([^\"]+)\"")]
    private static partial Regex Csrf();

    [GeneratedRegex("name=\"csrf\" value=\"([0-9a-f]+)\"")]
    private static partial Regex DeviceCsrf();

    [GeneratedRegex("name=\"user_code\" value=\"([A-Z-]+)\"")]
    private static partial Regex UserCode();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\" ?/?>")]
    private static partial Regex Hidden();
}
