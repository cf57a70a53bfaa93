using System.Text.Json;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The device authorization flow of `rolecall sso login`, as the AWS CLI v2 runs it: register a public client,
/// start a device authorization, show the user where to approve it, poll CreateToken (waiting longer after
/// slow_down), and cache the token (with the registration and refresh token for an sso-session) where the
/// AWS CLI v2 looks for it.
/// </summary>
public sealed class SsoLogin(ISsoClient client, SsoTokenCache tokens, TimeProvider time)
{
    public const string DefaultScope = "sso:account:access";

    /// <param name="sessionName">The sso-session name, or null for a legacy profile (keyed by start URL, no refresh).</param>
    /// <param name="startUrl">The portal's start URL.</param>
    /// <param name="region">The Identity Center region.</param>
    /// <param name="scopes">Registration scopes (sso_registration_scopes).</param>
    /// <param name="prompt">Shows the verification URL and code (and opens a browser): (uri, uriComplete, userCode).</param>
    /// <param name="cancellation">Stops the polling.</param>
    public async Task<SsoToken> RunAsync(string? sessionName, string startUrl, string region, IReadOnlyList<string> scopes, Action<string, string, string> prompt, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        using var registration = await client.OidcAsync("RegisterClient", region, "/client/register", new()
        {
            ["clientName"] = $"rolecall-{time.GetUtcNow().ToUnixTimeSeconds()}",
            ["clientType"] = "public",
            ["scopes"] = sessionName is null ? null : scopes,
        }, cancellation);
        var clientId = Text(registration, "clientId");
        var clientSecret = Text(registration, "clientSecret");
        var registrationExpires = DateTimeOffset.FromUnixTimeSeconds(registration.RootElement.GetProperty("clientSecretExpiresAt").GetInt64());

        using var device = await client.OidcAsync("StartDeviceAuthorization", region, "/device_authorization", new()
        {
            ["clientId"] = clientId, ["clientSecret"] = clientSecret, ["startUrl"] = startUrl,
        }, cancellation);
        prompt(Text(device, "verificationUri"), Text(device, "verificationUriComplete"), Text(device, "userCode"));

        var interval = TimeSpan.FromSeconds(device.RootElement.TryGetProperty("interval", out var i) ? i.GetInt32() : 5);
        var deadline = time.GetUtcNow().AddSeconds(device.RootElement.GetProperty("expiresIn").GetInt32());
        var deviceCode = Text(device, "deviceCode");
        while (true)
        {
            await Task.Delay(interval, time, cancellation);
            try
            {
                using var token = await client.OidcAsync("CreateToken", region, "/token", new()
                {
                    ["clientId"] = clientId, ["clientSecret"] = clientSecret,
                    ["grantType"] = "urn:ietf:params:oauth:grant-type:device_code", ["deviceCode"] = deviceCode,
                }, cancellation);
                var now = time.GetUtcNow();
                var result = new SsoToken(startUrl, region, Text(token, "accessToken"), now.AddSeconds(token.RootElement.GetProperty("expiresIn").GetInt32()));
                if (sessionName is not null)
                {
                    // The sso-session form keeps what a refresh needs, as the AWS CLI v2 does.
                    result = result with
                    {
                        ClientId = clientId, ClientSecret = clientSecret, RegistrationExpiresAt = registrationExpires,
                        RefreshToken = token.RootElement.TryGetProperty("refreshToken", out var r) ? r.GetString() : null,
                    };
                }

                tokens.Write(SsoTokenCache.KeyFor(sessionName, startUrl), result);
                return result;
            }
            catch (AwsServiceException e) when (e.Code == "AuthorizationPendingException" && time.GetUtcNow() < deadline)
            {
            }
            catch (AwsServiceException e) when (e.Code == "SlowDownException")
            {
                interval += TimeSpan.FromSeconds(5); // RFC 8628 3.5
            }
        }
    }

    private static string Text(JsonDocument document, string name) =>
        document.RootElement.GetProperty(name).GetString() ?? throw new InvalidDataException($"the SSO OIDC answer has no {name}");
}
