using System.Text.Json.Nodes;
using RoleCall.IdentityCenter.Json;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Store;

namespace RoleCall.IdentityCenter.Oidc;

/// <summary>
/// SSO OIDC (REST-JSON, unsigned): RegisterClient, StartDeviceAuthorization, and CreateToken with the
/// device-code, authorization-code (PKCE, see <see cref="AuthorizationCodes"/>) and refresh-token grants. Device codes last <see cref="DeviceCodeLifetime"/> and are redeemed
/// once; polling faster than the interval answers slow_down. Secrets, codes and tokens are stored only as
/// their SHA-256. https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/Welcome.html
/// </summary>
public sealed class OidcService(IIdentityCenterStore store, InstanceDirectory instances, TimeProvider clock)
{
    public static readonly TimeSpan DeviceCodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RegistrationLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(90);
    public const int PollIntervalSeconds = 1;

    /// <summary>The authorization-code grant with PKCE: /authorize issues codes, CreateToken redeems them.</summary>
    public AuthorizationCodes Codes { get; } = new(store, instances, clock);

    public JsonObject RegisterClient(JsonArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = args.Required("clientName");
        if (args.Required("clientType") != "public")
        {
            throw OidcErrors.InvalidMetadata("Only clientType 'public' is supported.");
        }

        var now = clock.GetUtcNow();
        var secret = IcIds.Secret();
        var client = new OidcClient(IcIds.Secret(), instances.Instance.InstanceArn, name, IcIds.Hash(secret), now, now + RegistrationLifetime)
        {
            Scopes = Strings(args, "scopes"),
            GrantTypes = Strings(args, "grantTypes"),
            RedirectUris = Strings(args, "redirectUris"),
        };
        AuthorizationCodes.CheckRegistration(client);
        store.TryAdd(client);
        return new JsonObject
        {
            ["clientId"] = client.Id,
            ["clientSecret"] = secret,
            ["clientIdIssuedAt"] = now.ToUnixTimeSeconds(),
            ["clientSecretExpiresAt"] = client.SecretExpiresAt.ToUnixTimeSeconds(),
        };
    }

    /// <param name="args">clientId, clientSecret, startUrl.</param>
    /// <param name="baseUrl">serve's own URL, where the verification page is (`http://127.0.0.1:4600`).</param>
    public JsonObject StartDeviceAuthorization(JsonArgs args, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(args);
        var client = Client(args);
        var startUrl = args.Required("startUrl");
        var deviceCode = IcIds.Secret();
        DeviceGrant grant;
        do
        {
            grant = new DeviceGrant(IcIds.Hash(deviceCode), instances.Instance.InstanceArn, client.Id, IcIds.UserCode(), startUrl, clock.GetUtcNow() + DeviceCodeLifetime, PollIntervalSeconds);
        }
        while (!store.TryAdd(grant)); // a user code collision draws again

        var verification = baseUrl.TrimEnd('/') + "/device";
        return new JsonObject
        {
            ["deviceCode"] = deviceCode,
            ["userCode"] = grant.UserCode,
            ["verificationUri"] = verification,
            ["verificationUriComplete"] = $"{verification}?user_code={grant.UserCode}",
            ["expiresIn"] = (int)DeviceCodeLifetime.TotalSeconds,
            ["interval"] = PollIntervalSeconds,
        };
    }

    public JsonObject CreateToken(JsonArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var client = Client(args);
        var grantType = args.Required("grantType");
        return grantType switch
        {
            "urn:ietf:params:oauth:grant-type:device_code" => RedeemDeviceCode(client, args.Optional("deviceCode") ?? throw OidcErrors.InvalidRequest("deviceCode is required for the device_code grant")),
            "authorization_code" => Issue(client, Codes.Redeem(client, args), refresh: null),
            "refresh_token" => Refresh(client, args.Optional("refreshToken") ?? throw OidcErrors.InvalidRequest("refreshToken is required for the refresh_token grant")),
            _ => throw OidcErrors.UnsupportedGrant(grantType),
        };
    }

    /// <summary>The pending grant with this user code (the verification page), or null when unknown or expired.</summary>
    public DeviceGrant? PendingGrant(string userCode)
    {
        var grant = store.FindByName<DeviceGrant>(instances.Instance.InstanceArn, userCode.Trim().ToUpperInvariant());
        return grant is { ApprovedUserId: null, Denied: false } && grant.ExpiresAt > clock.GetUtcNow() ? grant : null;
    }

    public void Approve(DeviceGrant grant, StoreUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        Update(grant, g => g with { ApprovedUserId = user.Id });
    }

    public void Deny(DeviceGrant grant) => Update(grant, g => g with { Denied = true });

    /// <summary>Changes the grant as stored now (a poll may have saved it since the page read it), inside the write scope.</summary>
    private void Update(DeviceGrant grant, Func<DeviceGrant, DeviceGrant> change)
    {
        ArgumentNullException.ThrowIfNull(grant);
        using (store.EnterWriteScope())
        {
            if (store.Find<DeviceGrant>(grant.Id) is { } current)
            {
                store.Save(change(current));
            }
        }
    }

    private JsonObject RedeemDeviceCode(OidcClient client, string deviceCode)
    {
        using (store.EnterWriteScope())
        {
            var now = clock.GetUtcNow();
            var grant = store.Find<DeviceGrant>(IcIds.Hash(deviceCode));
            if (grant is null || grant.ClientId != client.Id || grant.Redeemed)
            {
                throw OidcErrors.InvalidGrant("Invalid grant provided");
            }

            if (grant.ExpiresAt <= now)
            {
                throw OidcErrors.Expired();
            }

            var tooFast = grant.LastPolledAt is { } last && now - last < TimeSpan.FromSeconds(grant.IntervalSeconds);
            store.Save(grant with { LastPolledAt = now, Redeemed = grant.ApprovedUserId is not null && !tooFast });
            if (tooFast)
            {
                throw OidcErrors.SlowDown();
            }

            return grant.Denied ? throw OidcErrors.Denied()
                : grant.ApprovedUserId is { } userId ? Issue(client, userId, refresh: null)
                : throw OidcErrors.Pending();
        }
    }

    private JsonObject Refresh(OidcClient client, string refreshToken)
    {
        var token = store.Find<PortalToken>(IcIds.Hash(refreshToken));
        if (token is not { Kind: PortalToken.Refresh, Revoked: false } || token.Scope != client.Id || token.ExpiresAt <= clock.GetUtcNow())
        {
            throw OidcErrors.InvalidGrant("Invalid refresh token provided");
        }

        return Issue(client, token.UserId, refreshToken);
    }

    private JsonObject Issue(OidcClient client, string userId, string? refresh)
    {
        var now = clock.GetUtcNow();
        var instance = instances.Instance;
        var access = IcIds.Secret();
        store.TryAdd(new PortalToken(IcIds.Hash(access), client.Id, PortalToken.Access, userId, instance.InstanceArn, now + instance.AccessTokenLifetime));
        if (refresh is null)
        {
            refresh = IcIds.Secret();
            store.TryAdd(new PortalToken(IcIds.Hash(refresh), client.Id, PortalToken.Refresh, userId, instance.InstanceArn, now + RefreshTokenLifetime));
        }

        return new JsonObject
        {
            ["accessToken"] = access,
            ["tokenType"] = "Bearer",
            ["expiresIn"] = (int)instance.AccessTokenLifetime.TotalSeconds,
            ["refreshToken"] = refresh,
        };
    }

    private static string[] Strings(JsonArgs args, string name) => [.. args.Array(name).Select(s => s?.GetValue<string>() ?? "")];

    private OidcClient Client(JsonArgs args)
    {
        var id = args.Optional("clientId");
        var secret = args.Optional("clientSecret");
        var client = id is null ? null : store.Find<OidcClient>(id);
        return client is not null && secret is not null && IcIds.Hash(secret) == client.SecretHash && client.SecretExpiresAt > clock.GetUtcNow()
            ? client
            : throw OidcErrors.InvalidClient();
    }
}
