using RoleCall.Core.Identity;
using RoleCall.Credentials.Endpoints;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>The STS client against moto's STS, an implementation RoleCall did not write.</summary>
public sealed class StsClientMotoTests(MotoServerFixture moto) : IClassFixture<MotoServerFixture>
{
    private static readonly AwsCredentials Keys = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    [Fact]
    public async Task Should_assume_a_role_and_read_every_member()
    {
        using var http = new DirectHttpTransport();
        var request = new AssumeRoleRequest("arn:aws:iam::123456789012:role/admin", "alice-session")
        {
            DurationSeconds = 900,
            ExternalId = "xyz",
            Tags = [new StsTag("team", "infra")],
            PolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        };

        var response = await Client(http).AssumeRoleAsync(Keys, request);

        Assert.StartsWith("ASIA", response.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(40, response.Credentials.SecretAccessKey.Length);
        Assert.NotNull(response.Credentials.SessionToken);
        Assert.NotNull(response.Credentials.Expiration);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/admin/alice-session", response.AssumedRoleUser.Arn);
        Assert.EndsWith(":alice-session", response.AssumedRoleUser.AssumedRoleId, StringComparison.Ordinal);
        Assert.Equal("123456789012", response.Credentials.AccountId);
        Assert.Equal(["Credentials", "AssumedRoleUser", "PackedPolicySize"], response.Result.Children.Select(c => c.Name).Take(3));
        Assert.NotEmpty(response.RequestId);
    }

    [Fact]
    public async Task Should_get_a_session_token()
    {
        using var http = new DirectHttpTransport();

        var response = await Client(http).GetSessionTokenAsync(Keys, new GetSessionTokenRequest(DurationSeconds: 900));

        Assert.NotNull(response.Credentials.SessionToken);
        Assert.True(response.Credentials.Expiration > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Should_get_the_caller_identity_in_shape_order()
    {
        using var http = new DirectHttpTransport();

        var response = await Client(http).GetCallerIdentityAsync(Keys);

        Assert.Equal("123456789012", response.Account);
        Assert.StartsWith("arn:aws:", response.Arn, StringComparison.Ordinal);
        Assert.Equal(["UserId", "Account", "Arn"], response.Result.Children.Select(c => c.Name));
    }

    [Fact]
    public async Task Should_call_sts_with_the_credentials_of_an_assumed_role()
    {
        using var http = new DirectHttpTransport();
        var client = Client(http);
        var session = await client.AssumeRoleAsync(Keys, new AssumeRoleRequest("arn:aws:iam::123456789012:role/dev", "chained"));

        var identity = await client.GetCallerIdentityAsync(session.Credentials);

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/dev/chained", identity.Arn);
    }

    private StsClient Client(IQueryTransport http)
    {
        Assert.True(moto.StartError is null, moto.StartError);
        return StsClient.Create(http, new EndpointSettings("sts", "us-east-1") { ExplicitEndpointUrl = moto.Url.ToString() });
    }
}
