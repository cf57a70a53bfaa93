using RoleCall.Core.Identity;
using RoleCall.Credentials.Sts;

namespace RoleCall.Credentials.Providers;

/// <summary>The providers' view of STS over the project's <see cref="IStsClient"/>: the three calls that issue credentials.</summary>
public sealed class StsClientOperations(IStsClient client) : IStsOperations
{
    public async Task<StsSession> AssumeRoleAsync(AwsCredentials caller, AssumeRoleCall request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await client.AssumeRoleAsync(caller, new AssumeRoleRequest(request.RoleArn, request.RoleSessionName)
        {
            ExternalId = request.ExternalId,
            SerialNumber = request.SerialNumber,
            TokenCode = request.TokenCode,
            DurationSeconds = request.DurationSeconds,
            SourceIdentity = request.SourceIdentity,
        }, cancellation);
        return new StsSession(WithAccount(response.Credentials, response.AssumedRoleUser.Arn), response.AssumedRoleUser.Arn,
            response.AssumedRoleUser.AssumedRoleId, response.PackedPolicySize, response.SourceIdentity, response.RequestId);
    }

    public async Task<StsSession> AssumeRoleWithWebIdentityAsync(WebIdentityCall request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await client.AssumeRoleWithWebIdentityAsync(
            new AssumeRoleWithWebIdentityRequest(request.RoleArn, request.RoleSessionName, request.Token) { DurationSeconds = request.DurationSeconds },
            cancellation);
        return new StsSession(WithAccount(response.Credentials, response.AssumedRoleUser.Arn), response.AssumedRoleUser.Arn,
            response.AssumedRoleUser.AssumedRoleId, response.PackedPolicySize, response.SourceIdentity, response.RequestId);
    }

    public async Task<StsSession> GetSessionTokenAsync(AwsCredentials caller, SessionTokenCall request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await client.GetSessionTokenAsync(caller, new GetSessionTokenRequest(request.DurationSeconds, request.SerialNumber, request.TokenCode), cancellation);
        return new StsSession(response.Credentials, RequestId: response.RequestId);
    }

    /// <summary>The account of an assumed-role session is in its ARN (botocore adds it the same way).</summary>
    private static AwsCredentials WithAccount(AwsCredentials credentials, string arn) =>
        credentials.AccountId is null && Arn.TryParse(arn, out var parsed) ? credentials with { AccountId = parsed.Value.Account } : credentials;
}
