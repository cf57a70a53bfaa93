using System.Text.Json;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// RegisterClient, or the cached registration when it still fits, as botocore's `_registration` decides: the
/// same key for both flows, a registration reused while more than 15 minutes remain and only by its own flow
/// (the authorization-code one names its grant types), a new one written over the old.
/// </summary>
internal sealed class SsoRegistrar(ISsoClient client, SsoRegistrationCache cache, TimeProvider time)
{
    public const string DefaultScope = "sso:account:access";

    /// <param name="request">What the login is for.</param>
    /// <param name="redirectUri">The authorization-code flow's redirect URI without port; null for the device flow.</param>
    /// <param name="cancellation">Stops the call.</param>
    public async Task<SsoRegistration> GetAsync(SsoLoginRequest request, string? redirectUri, CancellationToken cancellation)
    {
        var key = SsoRegistrationCache.KeyFor(request.StartUrl, request.Region, request.Scopes, request.SessionName);
        var authorizationCode = redirectUri is not null;
        if (cache.TryRead(key) is { } cached && cached.IsUsableAt(time.GetUtcNow()) && cached.IsForAuthorizationCode == authorizationCode)
        {
            return cached;
        }

        // botocore names the client after the session (`botocore-client-corp`), or the time for a legacy profile.
        var name = "rolecall-client-" + (request.SessionName ?? time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var scopes = authorizationCode ? request.Scopes is { Count: > 0 } s ? s : [DefaultScope] : request.Scopes is { Count: > 0 } d ? d : null;
        using var answer = await client.OidcAsync("RegisterClient", request.Region, "/client/register", new()
        {
            ["clientName"] = name,
            ["clientType"] = "public",
            ["scopes"] = scopes,
            ["grantTypes"] = authorizationCode ? SsoRegistration.AuthorizationCodeGrants : null,
            ["redirectUris"] = authorizationCode ? new[] { redirectUri! } : null,
            ["issuerUrl"] = authorizationCode ? request.StartUrl : null,
        }, cancellation);
        var root = answer.RootElement;
        var registration = new SsoRegistration(Text(root, "clientId"), Text(root, "clientSecret"), DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("clientSecretExpiresAt").GetInt64()))
        {
            Scopes = scopes,
            GrantTypes = authorizationCode ? SsoRegistration.AuthorizationCodeGrants : null,
        };
        cache.Write(key, registration);
        return registration;
    }

    private static string Text(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new InvalidDataException($"the SSO OIDC answer has no {name}");
}
