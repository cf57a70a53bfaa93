using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using RoleCall.Core.Errors;
using RoleCall.Credentials.Sso;

namespace RoleCall.Credentials.Tests.Sso;

/// <summary>
/// Issue 13: the authorization-code login with PKCE on its own, the browser played over raw HTTP: the loopback
/// callback, the code verifier sent to CreateToken, the registration reused by its own flow only, and the
/// bounded wait.
/// </summary>
public sealed class SsoAuthCodeLoginTests : IDisposable
{
    private static readonly SsoLoginRequest Corp = new("corp", "https://d-1234.awsapps.com/start", "eu-west-1", null);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "rolecall-pkce-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingSsoClient _client = new();

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Should_redeem_the_callback_code_with_the_verifier_of_the_challenge_it_sent()
    {
        var tokens = new SsoTokenCache(_directory, _ => { });
        Task<(int, string)>? browser = null;
        string url = "";
        var token = await new SsoAuthCodeLogin(_client, tokens, TimeProvider.System).RunAsync(Corp, u => browser = AnswerAsync(url = u, "the-code", null), CancellationToken.None);

        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        var create = _client.Calls.Single(c => c.Operation == "CreateToken").Body;
        var register = _client.Calls.Single(c => c.Operation == "RegisterClient").Body;
        Assert.StartsWith("https://oidc.eu-west-1.amazonaws.com/authorize?response_type=code&client_id=client-1&redirect_uri=http%3A%2F%2F127.0.0.1%3A", url, StringComparison.Ordinal);
        Assert.Equal(("S256", "sso:account:access"), (query["code_challenge_method"], query["scopes"]));
        Assert.Equal(query["code_challenge"], Challenge((string)create["codeVerifier"]!));
        Assert.Equal(("authorization_code", "the-code", query["redirect_uri"]), ((string)create["grantType"]!, (string)create["code"]!, (string)create["redirectUri"]!));
        Assert.Equal("http://127.0.0.1/oauth/callback", Assert.Single((IEnumerable<string>)register["redirectUris"]!));
        Assert.Equal(["authorization_code", "refresh_token"], (IEnumerable<string>)register["grantTypes"]!);
        Assert.Equal((200, true), ((await browser!).Item1, (await browser!).Item2.Contains(CallbackPage, StringComparison.Ordinal)));
        Assert.Equal(("access", "refresh", "client-1"), (token.AccessToken, token.RefreshToken, token.ClientId));
        Assert.Equal("access", tokens.TryRead(SsoTokenCache.KeyFor("corp", Corp.StartUrl))!.AccessToken);
    }

    [Fact]
    public async Task Should_reuse_its_own_registration_but_not_the_device_flows()
    {
        var tokens = new SsoTokenCache(_directory, _ => { });
        var key = SsoRegistrationCache.KeyFor(Corp.StartUrl, Corp.Region, null, "corp");
        tokens.Registrations.Write(key, new SsoRegistration("device-client", "s", DateTimeOffset.UtcNow.AddDays(30)));

        await new SsoAuthCodeLogin(_client, tokens, TimeProvider.System).RunAsync(Corp, u => _ = AnswerAsync(u, "c1", null), CancellationToken.None);
        await new SsoAuthCodeLogin(_client, tokens, TimeProvider.System).RunAsync(Corp, u => _ = AnswerAsync(u, "c2", null), CancellationToken.None);

        Assert.Single(_client.Calls, c => c.Operation == "RegisterClient");
        Assert.Equal(["client-1", "client-1"], _client.Calls.Where(c => c.Operation == "CreateToken").Select(c => (string)c.Body["clientId"]!));
        Assert.True(tokens.Registrations.TryRead(key)!.IsForAuthorizationCode);
    }

    [Fact]
    public async Task Should_give_up_after_the_timeout_without_asking_for_a_token()
    {
        var login = new SsoAuthCodeLogin(_client, new SsoTokenCache(_directory, _ => { }), TimeProvider.System) { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => login.RunAsync(Corp, _ => { }, CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Equal("SSO login timed out: the browser did not come back to the login within 0.02 minutes", error.Message);
        Assert.DoesNotContain(_client.Calls, c => c.Operation == "CreateToken");
    }

    [Fact]
    public async Task Should_report_the_oauth_error_the_browser_brought_back()
    {
        var error = await Assert.ThrowsAsync<ConfigurationException>(() =>
            new SsoAuthCodeLogin(_client, new SsoTokenCache(_directory, _ => { }), TimeProvider.System).RunAsync(Corp, u => _ = AnswerAsync(u, null, "invalid_scope"), CancellationToken.None));

        Assert.Equal("SSO login failed: the authorization answered invalid_scope", error.Message);
        Assert.DoesNotContain(_client.Calls, c => c.Operation == "CreateToken");
    }

    private const string CallbackPage = "You can now close this tab.";

    /// <summary>
    /// The browser's side: an idle pre-connection (as browsers open), a request for another path (404), then the
    /// redirect to the callback with the code (or error) and the state of <paramref name="url"/>.
    /// </summary>
    private static async Task<(int Status, string Page)> AnswerAsync(string url, string? code, string? error)
    {
        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        var callback = new Uri(query["redirect_uri"]!);
        using var idle = new TcpClient();
        await idle.ConnectAsync("127.0.0.1", callback.Port);
        Assert.Equal(404, (await GetAsync(callback, "/favicon.ico")).Status);
        var answer = error is null ? $"code={code}&state={query["state"]}" : $"error={error}&state={query["state"]}";
        return await GetAsync(callback, "/oauth/callback?" + answer);
    }

    private static async Task<(int Status, string Page)> GetAsync(Uri callback, string target)
    {
        using var connection = new TcpClient();
        await connection.ConnectAsync("127.0.0.1", callback.Port);
        var stream = connection.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{callback.Port}\r\n\r\n"));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync();
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
