using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Oidc;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>
/// Issue 13: SSO OIDC's authorization-code grant with PKCE (S256), the flow newer AWS CLI v2 releases use: a
/// client registered for it sends the browser to /authorize, the user signs in to the portal and allows it, the
/// browser lands on the client's loopback redirect URI with the code and state, and CreateToken redeems the code
/// once with the verifier.
/// </summary>
public sealed class PortalAuthorizeTests : IAsyncLifetime, IDisposable
{
    private const string NewPassword = "Portal-Pass-4567";
    private const string Callback = "http://127.0.0.1:45678/oauth/callback";

    private ConsoleWorld world = null!;
    private PortalWorld portal = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        world = await ConsoleWorld.StartAsync();
        portal = new PortalWorld(world);
        api = new HttpClient { BaseAddress = world.Url };
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    public void Dispose() => api.Dispose();

    [Fact]
    public async Task Should_sign_in_allow_and_redeem_the_code_once_with_its_verifier()
    {
        var client = await RegisterAsync();
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var browser = new ConsoleClient(world.Url);

        var first = await browser.GetAsync(AuthorizePath(client, AuthorizationCodes.Challenge(verifier), Callback));
        await browser.GetAsync(first.Location!);
        await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        var signedIn = await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword));
        var consent = await browser.GetAsync(signedIn.Location!);
        var allowed = await browser.PostAsync("/authorize", [.. Fields(client, AuthorizationCodes.Challenge(verifier), Callback), ("decision", "allow")]);
        var code = Uri.UnescapeDataString(allowed.Location!.Split("code=")[1].Split('&')[0]);
        using var token = await TokenAsync(client, code, verifier);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        using var replay = await TokenAsync(client, code, verifier);
        using var accounts = new HttpRequestMessage(HttpMethod.Get, "/assignment/accounts");
        accounts.Headers.Add("x-amz-sso_bearer_token", accessToken);

        Assert.Equal("/start", first.Location);
        Assert.StartsWith("/authorize?response_type=code&", signedIn.Location, StringComparison.Ordinal);
        Assert.Contains("The application <strong data-testid=\"client-name\">pkce-judge</strong>", consent.Html, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' http://127.0.0.1:45678", consent.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.StartsWith(Callback + "?code=", allowed.Location, StringComparison.Ordinal);
        Assert.EndsWith("&state=xyz", allowed.Location, StringComparison.Ordinal);
        Assert.Equal(200, (int)token.StatusCode);
        Assert.Equal(400, (int)replay.StatusCode);
        Assert.Contains("\"error\":\"invalid_grant\"", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(ConsoleWorld.ProdAccount, await (await api.SendAsync(accounts)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_verifier_a_foreign_redirect_uri_and_a_denial()
    {
        var client = await RegisterAsync();
        var verifier = new string('v', 64);
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/start");
        await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword));

        var foreign = await browser.GetAsync(AuthorizePath(client, AuthorizationCodes.Challenge(verifier), "http://evil.example/cb"));
        var allowed = await browser.PostAsync("/authorize", [.. Fields(client, AuthorizationCodes.Challenge(verifier), Callback), ("decision", "allow")]);
        using var wrongVerifier = await TokenAsync(client, Uri.UnescapeDataString(allowed.Location!.Split("code=")[1].Split('&')[0]), new string('w', 64));
        var denied = await browser.PostAsync("/authorize", [.. Fields(client, AuthorizationCodes.Challenge(verifier), Callback), ("decision", "deny")]);

        Assert.Equal((400, null), (foreign.Status, foreign.Location));
        Assert.Contains("The redirect_uri is not one the application registered.", foreign.Html, StringComparison.Ordinal);
        Assert.Equal(400, (int)wrongVerifier.StatusCode);
        Assert.Equal(Callback + "?error=access_denied&state=xyz", denied.Location);
    }

    private async Task<JsonObject> RegisterAsync()
    {
        using var response = await api.PostAsJsonAsync("/client/register", new
        {
            clientName = "pkce-judge", clientType = "public", scopes = new[] { "sso:account:access" },
            grantTypes = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { "http://127.0.0.1/oauth/callback" }, issuerUrl = world.Url + "start",
        });
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<HttpResponseMessage> TokenAsync(JsonObject client, string code, string verifier) => api.PostAsJsonAsync("/token", new
    {
        clientId = client["clientId"]!.GetValue<string>(), clientSecret = client["clientSecret"]!.GetValue<string>(),
        grantType = "authorization_code", code, redirectUri = Callback, codeVerifier = verifier,
    });

    private static (string, string)[] Fields(JsonObject client, string challenge, string redirect) =>
    [
        ("response_type", "code"), ("client_id", client["clientId"]!.GetValue<string>()), ("redirect_uri", redirect), ("state", "xyz"),
        ("code_challenge", challenge), ("code_challenge_method", "S256"), ("scopes", "sso:account:access"),
    ];

    private static string AuthorizePath(JsonObject client, string challenge, string redirect) =>
        "/authorize?" + string.Join('&', Fields(client, challenge, redirect).Select(f => $"{f.Item1}={Uri.EscapeDataString(f.Item2)}"));
}
