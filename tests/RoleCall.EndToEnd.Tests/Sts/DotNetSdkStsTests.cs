using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>Issue 5 through the AWS SDK for .NET (AWSSDK.SecurityToken): assume a role, use the session, watch it expire.</summary>
public sealed class DotNetSdkStsTests
{
    private const string Account = "123456789012";

    [Fact]
    public async Task Should_assume_a_role_use_the_session_and_see_it_expire()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), DevClock = true });
        var root = server.Credentials;
        var rootSts = Client(new BasicAWSCredentials(root.AccessKeyId, root.SecretAccessKey), server.Url);

        // Root may not assume roles: AWS's message, through the SDK's error model.
        var refused = await Assert.ThrowsAnyAsync<AmazonSecurityTokenServiceException>(() =>
            rootSts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = $"arn:aws:iam::{Account}:role/none", RoleSessionName = "sdk" }));
        Assert.Equal(("AccessDenied", "Roles may not be assumed by root accounts."), (refused.ErrorCode, refused.Message));

        var token = await rootSts.GetSessionTokenAsync(new GetSessionTokenRequest { DurationSeconds = 900 });
        Assert.StartsWith("ASIA", token.Credentials.AccessKeyId, StringComparison.Ordinal);
        var sessionSts = Client(new SessionAWSCredentials(token.Credentials.AccessKeyId, token.Credentials.SecretAccessKey, token.Credentials.SessionToken), server.Url);
        var identity = await sessionSts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.Equal($"arn:aws:iam::{Account}:root", identity.Arn);

        var info = await rootSts.GetAccessKeyInfoAsync(new GetAccessKeyInfoRequest { AccessKeyId = token.Credentials.AccessKeyId });
        Assert.Equal(Account, info.Account);

        server.Clock.Advance(TimeSpan.FromSeconds(901));
        var expired = await Assert.ThrowsAnyAsync<AmazonSecurityTokenServiceException>(() => sessionSts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
        Assert.Equal(("ExpiredToken", 403), (expired.ErrorCode, (int)expired.StatusCode));
    }

    private static AmazonSecurityTokenServiceClient Client(AWSCredentials credentials, Uri url) =>
        new(credentials, new AmazonSecurityTokenServiceConfig { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
}
