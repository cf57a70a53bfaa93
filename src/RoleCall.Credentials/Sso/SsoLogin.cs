using System.Text.Json;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The device authorization flow (`rolecall sso login --use-device-code`, a legacy profile, `configure sso`), as
/// the AWS CLI v2 runs it: the client registration (cached, see <see cref="SsoRegistrar"/>), a device
/// authorization, the verification URL and code shown to the user, CreateToken polled (longer after slow_down),
/// and the token cached where the AWS CLI v2 looks for it.
/// </summary>
public sealed class SsoLogin(ISsoClient client, SsoTokenCache tokens, TimeProvider time)
{
    public const string DefaultScope = SsoRegistrar.DefaultScope;

    /// <param name="request">The session, start URL, region and configured scopes.</param>
    /// <param name="prompt">Shows the verification URL and code (and opens a browser): (uri, uriComplete, userCode).</param>
    /// <param name="cancellation">Stops the polling.</param>
    public async Task<SsoToken> RunAsync(SsoLoginRequest request, Action<string, string, string> prompt, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(prompt);
        var registration = await new SsoRegistrar(client, tokens.Registrations, time).GetAsync(request, redirectUri: null, cancellation);
        using var device = await client.OidcAsync("StartDeviceAuthorization", request.Region, "/device_authorization", new()
        {
            ["clientId"] = registration.ClientId, ["clientSecret"] = registration.ClientSecret, ["startUrl"] = request.StartUrl,
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
                using var answer = await client.OidcAsync("CreateToken", request.Region, "/token", new()
                {
                    ["clientId"] = registration.ClientId, ["clientSecret"] = registration.ClientSecret,
                    ["grantType"] = "urn:ietf:params:oauth:grant-type:device_code", ["deviceCode"] = deviceCode,
                }, cancellation);
                var token = SsoToken.Created(answer, request, registration, time.GetUtcNow());
                tokens.Write(SsoTokenCache.KeyFor(request.SessionName, request.StartUrl), token);
                return token;
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
