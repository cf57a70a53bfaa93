using RoleCall.Cli.Commands.Credential;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Http;
using RoleCall.Credentials.Sts;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Tests.Credential;

/// <summary>An STS client that answers from memory and records what it was asked; also its own factory.</summary>
internal sealed class FakeStsClient : IStsClient, IStsClientFactory
{
    public List<string> Calls { get; } = [];

    public DateTimeOffset Expiration { get; set; } = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public IStsClient Create(ResolvedProfile profile, AwsEnvironment environment, string? endpointUrlOption, TransportSettings transport) => this;

    public Task<AssumeRoleResponse> AssumeRoleAsync(AwsCredentials caller, AssumeRoleRequest request, CancellationToken cancellation = default)
    {
        Calls.Add($"AssumeRole {request.RoleArn} {request.RoleSessionName} by {caller.AccessKeyId} mfa={request.TokenCode}");
        var credentials = new AwsCredentials("ASIAROLE00000000001", "role/secret+key", "role-token==", Expiration);
        var user = new AssumedRoleUser("AROAEXAMPLE:" + request.RoleSessionName, $"arn:aws:sts::123456789012:assumed-role/Admin/{request.RoleSessionName}");
        var result = new ResultStruct("AssumeRoleResult",
        [
            CredentialsNode(credentials),
            new ResultStruct("AssumedRoleUser", [new ResultValue("AssumedRoleId", user.AssumedRoleId), new ResultValue("Arn", user.Arn)]),
        ]);
        return Task.FromResult(new AssumeRoleResponse(credentials, user, null, null, "req-1", result));
    }

    public Task<GetSessionTokenResponse> GetSessionTokenAsync(AwsCredentials caller, GetSessionTokenRequest request, CancellationToken cancellation = default)
    {
        Calls.Add($"GetSessionToken by {caller.AccessKeyId} mfa={request.TokenCode}");
        var credentials = new AwsCredentials("ASIASESSION0000001", "session-secret", "session-token", Expiration);
        return Task.FromResult(new GetSessionTokenResponse(credentials, "req-2", new ResultStruct("GetSessionTokenResult", [CredentialsNode(credentials)])));
    }

    public Task<GetCallerIdentityResponse> GetCallerIdentityAsync(AwsCredentials caller, CancellationToken cancellation = default)
    {
        Calls.Add($"GetCallerIdentity by {caller.AccessKeyId}");
        var result = new ResultStruct("GetCallerIdentityResult",
        [
            new ResultValue("UserId", "AIDAEXAMPLE"),
            new ResultValue("Account", "123456789012"),
            new ResultValue("Arn", "arn:aws:iam::123456789012:user/alice"),
        ]);
        return Task.FromResult(new GetCallerIdentityResponse("AIDAEXAMPLE", "123456789012", "arn:aws:iam::123456789012:user/alice", "req-3", result));
    }

    public Task<GetFederationTokenResponse> GetFederationTokenAsync(AwsCredentials caller, GetFederationTokenRequest request, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public Task<GetAccessKeyInfoResponse> GetAccessKeyInfoAsync(AwsCredentials caller, string accessKeyId, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public Task<DecodeAuthorizationMessageResponse> DecodeAuthorizationMessageAsync(AwsCredentials caller, string encodedMessage, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public Task<AssumeRoleWithWebIdentityResponse> AssumeRoleWithWebIdentityAsync(AssumeRoleWithWebIdentityRequest request, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    private static ResultStruct CredentialsNode(AwsCredentials c) => new("Credentials",
    [
        new ResultValue("AccessKeyId", c.AccessKeyId),
        new ResultValue("SecretAccessKey", c.SecretAccessKey),
        new ResultValue("SessionToken", c.SessionToken!),
        new ResultValue("Expiration", "2030-01-02T03:04:05Z", ScalarKind.Timestamp),
    ]);
}
