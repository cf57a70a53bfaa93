using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>A scripted STS: records calls, answers with numbered sessions, or fails with queued errors.</summary>
internal sealed class FakeSts(TimeProvider time) : IStsOperations
{
    public List<(string Action, AwsCredentials Caller, object Request)> Calls { get; } = [];

    public Queue<AwsServiceException> Failures { get; } = new();

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public Task<StsSession> AssumeRoleAsync(AwsCredentials caller, AssumeRoleCall request, CancellationToken cancellation) =>
        Answer("AssumeRole", caller, request, $"arn:aws:sts::123456789012:assumed-role/{request.RoleArn.Split('/')[^1]}/{request.RoleSessionName}");

    public Task<StsSession> AssumeRoleWithWebIdentityAsync(WebIdentityCall request, CancellationToken cancellation) =>
        Answer("AssumeRoleWithWebIdentity", new AwsCredentials("-", "-"), request, $"arn:aws:sts::123456789012:assumed-role/web/{request.RoleSessionName}");

    public Task<StsSession> GetSessionTokenAsync(AwsCredentials caller, SessionTokenCall request, CancellationToken cancellation) =>
        Answer("GetSessionToken", caller, request, null);

    private Task<StsSession> Answer(string action, AwsCredentials caller, object request, string? arn)
    {
        Calls.Add((action, caller, request));
        if (Failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        var n = Calls.Count;
        var credentials = new AwsCredentials($"ASIAFAKE{n:D12}", $"secret{n}", $"token{n}", time.GetUtcNow() + Lifetime, "123456789012");
        return Task.FromResult(new StsSession(credentials, arn, arn is null ? null : $"AROAFAKE:{n}", RequestId: $"req-{n}"));
    }
}
