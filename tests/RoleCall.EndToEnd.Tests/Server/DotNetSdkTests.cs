using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>The AWS SDK for .NET (AWSSDK.SecurityToken) as an independent client of the local service.</summary>
public sealed class DotNetSdkTests
{
    [Fact]
    public async Task Should_answer_the_dotnet_sdks_GetCallerIdentity_for_root_keys()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        var config = new AmazonSecurityTokenServiceConfig { ServiceURL = server.Url.ToString(), AuthenticationRegion = "us-east-1", Timeout = TimeSpan.FromSeconds(20) };
        var keys = server.Credentials;
        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey), config);

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal("123456789012", identity.Account);
        Assert.Equal("arn:aws:iam::123456789012:root", identity.Arn);
        Assert.Equal("123456789012", identity.UserId);
    }

    [Fact]
    public async Task Should_give_the_dotnet_sdk_aws_error_codes_for_a_wrong_secret()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        var config = new AmazonSecurityTokenServiceConfig { ServiceURL = server.Url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0, Timeout = TimeSpan.FromSeconds(20) };
        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(server.Credentials.AccessKeyId, "wrong-secret"), config);

        var error = await Assert.ThrowsAnyAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.Equal(403, (int)error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }
}
