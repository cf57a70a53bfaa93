using System.Net;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.SSO;
using Amazon.SSO.Model;
using Amazon.SSOOIDC;
using Amazon.SSOOIDC.Model;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// Issue 13: the AWS SDK for .NET (AWSSDK.SSOOIDC and AWSSDK.SSO) as an independent client of serve's SSO OIDC
/// and portal API: the device flow with its typed errors, the portal's accounts, roles and credentials (used
/// with AWSSDK.SecurityToken), refresh, logout, and the errors for an unknown client and a wrong account.
/// </summary>
public sealed partial class AwsSdkIdentityCenterTests
{
    private const string TargetAccount = "210987654321";

    [Fact]
    public async Task Should_run_the_device_flow_and_the_portal_api_for_the_dotnet_sdk()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = [TargetAccount] });
        var password = InProcessSetup.Run(server, TargetAccount);
        var url = server.Url.ToString();
        using var oidc = new AmazonSSOOIDCClient(new AnonymousAWSCredentials(), new AmazonSSOOIDCConfig { ServiceURL = url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        using var portal = new AmazonSSOClient(new AnonymousAWSCredentials(), new AmazonSSOConfig { ServiceURL = url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

        var client = await oidc.RegisterClientAsync(new RegisterClientRequest { ClientName = "sdk-judge", ClientType = "public" });
        var device = await oidc.StartDeviceAuthorizationAsync(new StartDeviceAuthorizationRequest
        {
            ClientId = client.ClientId, ClientSecret = client.ClientSecret, StartUrl = url + "start",
        });
        CreateTokenRequest DeviceGrant() => new()
        {
            ClientId = client.ClientId, ClientSecret = client.ClientSecret, GrantType = "urn:ietf:params:oauth:grant-type:device_code", DeviceCode = device.DeviceCode,
        };
        var previousPoll = System.Diagnostics.Stopwatch.StartNew();
        var pending = await Assert.ThrowsAsync<AuthorizationPendingException>(() => oidc.CreateTokenAsync(DeviceGrant()));
        var tooFast = await PollUntilTooFastAsync(oidc, DeviceGrant, TimeSpan.FromSeconds(device.Interval ?? 1), previousPoll);
        Assert.True(await ApproveAsync(device.VerificationUriComplete, password));
        await Task.Delay(1100);
        var token = await oidc.CreateTokenAsync(DeviceGrant());

        var accounts = await portal.ListAccountsAsync(new ListAccountsRequest { AccessToken = token.AccessToken });
        var roles = await portal.ListAccountRolesAsync(new ListAccountRolesRequest { AccessToken = token.AccessToken, AccountId = TargetAccount });
        var credentials = (await portal.GetRoleCredentialsAsync(new GetRoleCredentialsRequest
        {
            AccessToken = token.AccessToken, AccountId = TargetAccount, RoleName = InProcessSetup.PermissionSet,
        })).RoleCredentials;
        using var sts = new AmazonSecurityTokenServiceClient(new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken),
            new AmazonSecurityTokenServiceConfig { ServiceURL = url, AuthenticationRegion = "us-east-1" });
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal((400, "authorization_pending"), ((int)pending.StatusCode, pending.Error));
        Assert.Equal(400, (int)tooFast.StatusCode);
        Assert.Equal(("Bearer", 8 * 3600), (token.TokenType, token.ExpiresIn!.Value));
        Assert.True(client.ClientSecretExpiresAt!.Value > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal([TargetAccount], accounts.AccountList.Select(a => a.AccountId));
        Assert.Equal([InProcessSetup.PermissionSet], roles.RoleList.Select(r => r.RoleName));
        Assert.InRange(credentials.Expiration!.Value - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 7_100_000, 7_200_000);
        Assert.Matches($"^arn:aws:sts::{TargetAccount}:assumed-role/AWSReservedSSO_{InProcessSetup.PermissionSet}_[0-9a-f]{{16}}/alice$", identity.Arn);

        // Bad input: an unknown client, a replayed device code, an account without an assignment; then logout.
        var unknown = await Assert.ThrowsAsync<InvalidClientException>(() => oidc.CreateTokenAsync(new CreateTokenRequest
        {
            ClientId = "nope", ClientSecret = "nope", GrantType = "refresh_token", RefreshToken = "x",
        }));
        await Assert.ThrowsAsync<InvalidGrantException>(() => oidc.CreateTokenAsync(DeviceGrant()));
        var wrongAccount = await Assert.ThrowsAnyAsync<AmazonSSOException>(() => portal.GetRoleCredentialsAsync(new GetRoleCredentialsRequest
        {
            AccessToken = token.AccessToken, AccountId = "999999999999", RoleName = InProcessSetup.PermissionSet,
        }));
        var refreshed = await oidc.CreateTokenAsync(new CreateTokenRequest
        {
            ClientId = client.ClientId, ClientSecret = client.ClientSecret, GrantType = "refresh_token", RefreshToken = token.RefreshToken,
        });
        await portal.LogoutAsync(new LogoutRequest { AccessToken = token.AccessToken });
        var revoked = await Assert.ThrowsAsync<UnauthorizedException>(() => portal.ListAccountsAsync(new ListAccountsRequest { AccessToken = token.AccessToken }));

        Assert.Equal(401, (int)unknown.StatusCode);
        Assert.Equal(("ForbiddenException", 403), (wrongAccount.ErrorCode, (int)wrongAccount.StatusCode));
        Assert.NotEqual(token.AccessToken, refreshed.AccessToken);
        Assert.Equal(401, (int)revoked.StatusCode);
        Assert.NotEmpty((await portal.ListAccountsAsync(new ListAccountsRequest { AccessToken = refreshed.AccessToken })).AccountList);
    }

    /// <summary>The device page as a person uses it: sign in with the one-time password, set a new one, allow.</summary>
    private static async Task<bool> ApproveAsync(string url, string password)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);
        var page = await http.GetStringAsync(new Uri(url));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["csrf"] = Csrf().Match(page).Groups[1].Value, ["user_code"] = UserCode().Match(page).Groups[1].Value,
            ["username"] = "alice", ["password"] = password, ["new_password"] = "Correct-Horse-42", ["decision"] = "allow",
        });
        var answer = await http.PostAsync(new Uri(new Uri(url), "/device"), form);
        return (await answer.Content.ReadAsStringAsync()).Contains("Request approved", StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"csrf\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Csrf();

    [GeneratedRegex("name=\"user_code\" value=\"([A-Z-]+)\"")]
    private static partial Regex UserCode();

    /// <summary>
    /// Polls again at once until the service says slow_down. On a loaded machine a poll can land after the
    /// interval, and then authorization_pending is right; but only if the time from the start of the previous
    /// poll to the end of this one covered the interval (the service saw them no closer), which is asserted.
    /// </summary>
    private static async Task<SlowDownException> PollUntilTooFastAsync(
        AmazonSSOOIDCClient oidc, Func<CreateTokenRequest> grant, TimeSpan interval, System.Diagnostics.Stopwatch previousPoll)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var thisPoll = System.Diagnostics.Stopwatch.StartNew();
            var answer = await Record.ExceptionAsync(() => oidc.CreateTokenAsync(grant()));
            if (answer is SlowDownException slowDown)
            {
                return slowDown;
            }

            Assert.IsType<AuthorizationPendingException>(answer);
            Assert.True(previousPoll.Elapsed >= interval, $"authorization_pending {previousPoll.Elapsed} after the previous poll began, within the {interval} interval");
            previousPoll = thisPoll;
        }

        throw new Xunit.Sdk.XunitException("no slow_down in 10 immediate polls");
    }
}
