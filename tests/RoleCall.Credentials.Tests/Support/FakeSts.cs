using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Sts;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>A scripted STS client: records calls, answers with numbered sessions, or fails with queued errors.</summary>
internal sealed class FakeSts(TimeProvider time) : IStsClient
{
    public List<(string Action, AwsCredentials Caller, object Request)> Calls { get; } = [];

    public Queue<AwsServiceException> Failures { get; } = new();

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public Task<AssumeRoleResponse> AssumeRoleAsync(AwsCredentials caller, AssumeRoleRequest request, CancellationToken cancellation = default)
    {
        var (credentials, n) = Answer("AssumeRole", caller, request);
        var user = new AssumedRoleUser($"AROAFAKE:{n}", $"arn:aws:sts::123456789012:assumed-role/{request.RoleArn.Split('/')[^1]}/{request.RoleSessionName}");
        return Task.FromResult(new AssumeRoleResponse(credentials, user, null, null, $"req-{n}", Empty));
    }

    public Task<AssumeRoleWithWebIdentityResponse> AssumeRoleWithWebIdentityAsync(AssumeRoleWithWebIdentityRequest request, CancellationToken cancellation = default)
    {
        var (credentials, n) = Answer("AssumeRoleWithWebIdentity", new AwsCredentials("-", "-"), request);
        var user = new AssumedRoleUser($"AROAFAKE:{n}", $"arn:aws:sts::123456789012:assumed-role/web/{request.RoleSessionName}");
        return Task.FromResult(new AssumeRoleWithWebIdentityResponse(credentials, user, null, null, null, null, null, $"req-{n}", Empty));
    }

    public Task<GetSessionTokenResponse> GetSessionTokenAsync(AwsCredentials caller, GetSessionTokenRequest request, CancellationToken cancellation = default)
    {
        var (credentials, n) = Answer("GetSessionToken", caller, request);
        return Task.FromResult(new GetSessionTokenResponse(credentials, $"req-{n}", Empty));
    }

    // The providers never make these calls; a test that reaches one has found a bug.
    public Task<GetCallerIdentityResponse> GetCallerIdentityAsync(AwsCredentials caller, CancellationToken cancellation = default) =>
        throw new NotSupportedException("providers do not call GetCallerIdentity");

    public Task<GetFederationTokenResponse> GetFederationTokenAsync(AwsCredentials caller, GetFederationTokenRequest request, CancellationToken cancellation = default) =>
        throw new NotSupportedException("providers do not call GetFederationToken");

    public Task<GetAccessKeyInfoResponse> GetAccessKeyInfoAsync(AwsCredentials caller, string accessKeyId, CancellationToken cancellation = default) =>
        throw new NotSupportedException("providers do not call GetAccessKeyInfo");

    public Task<DecodeAuthorizationMessageResponse> DecodeAuthorizationMessageAsync(AwsCredentials caller, string encodedMessage, CancellationToken cancellation = default) =>
        throw new NotSupportedException("providers do not call DecodeAuthorizationMessage");

    private static ResultStruct Empty => new("Result", []);

    private (AwsCredentials Credentials, int N) Answer(string action, AwsCredentials caller, object request)
    {
        Calls.Add((action, caller, request));
        if (Failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        var n = Calls.Count;
        return (new AwsCredentials($"ASIAFAKE{n:D12}", $"secret{n}", $"token{n}", time.GetUtcNow() + Lifetime, "123456789012"), n);
    }
}
