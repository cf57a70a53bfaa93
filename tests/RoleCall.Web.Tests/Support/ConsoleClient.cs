using System.Net;
using System.Text.RegularExpressions;

namespace RoleCall.Web.Tests.Support;

/// <summary>
/// A browser without JavaScript over HTTP: keeps cookies, does not follow redirects (tests look at them), and
/// fills each form's anti-forgery field from the last page it read, as a browser submitting the form would.
/// </summary>
public sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClient http;

    /// <summary>A browser; with <paramref name="cookies"/> of another client, the same browser talking to another replica (same host, another port).</summary>
    public ConsoleClient(Uri baseUrl, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The anti-forgery field the next form carries: the one on the last page read (set it to post a form read elsewhere).</summary>
    public string Csrf { get; set; } = "";

    public async Task<Page> GetAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }

    /// <summary>Posts a form with the anti-forgery token (unless <paramref name="withToken"/> is false).</summary>
    public async Task<Page> PostAsync(string path, bool withToken = true, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (withToken)
        {
            values.Add(new("_csrf", Csrf));
        }

        using var content = new FormUrlEncodedContent(values);
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return await ReadAsync(response);
    }

    public Task<Page> PostAsync(string path, params (string Name, string Value)[] fields) => PostAsync(path, true, fields);

    /// <summary>Signs in with account, user and password (and an MFA code when given), following the redirects.</summary>
    public async Task<Page> SignInAsync(string account, string user, string password, string? mfaCode = null)
    {
        await GetAsync("/signin");
        var page = await PostAsync("/signin", ("account", account), ("kind", "user"), ("username", user), ("password", password));
        if (page.Location == "/signin/mfa" && mfaCode is not null)
        {
            await GetAsync("/signin/mfa");
            page = await PostAsync("/signin/mfa", ("code", mfaCode));
        }

        return page.Location is { } location ? await GetAsync(location) : page;
    }

    public void Dispose() => http.Dispose();

    private async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (CsrfField().Match(html) is { Success: true } match)
        {
            Csrf = match.Groups[1].Value;
        }

        return new Page((int)response.StatusCode, response.Headers.Location?.OriginalString, WebUtility.HtmlDecode(html), response);
    }

    [GeneratedRegex("name=\"_csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}

/// <summary>One response: status, redirect target, the HTML with entities decoded (so tests match visible text).</summary>
public sealed record Page(int Status, string? Location, string Html, HttpResponseMessage Response);
