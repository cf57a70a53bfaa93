using RoleCall.Core.Identity;
using RoleCall.Credentials.Sts;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Builds the STS client on first use only: a cached `rolecall env` never calls STS, so it never pays for the
/// HTTP stack (the start-up budget is ~2x a .NET hello world).
/// </summary>
internal sealed class LazyStsClient(Lazy<IStsClient> inner) : IStsClient
{
    public Task<AssumeRoleResponse> AssumeRoleAsync(AwsCredentials caller, AssumeRoleRequest request, CancellationToken cancellation = default) =>
        inner.Value.AssumeRoleAsync(caller, request, cancellation);

    public Task<GetSessionTokenResponse> GetSessionTokenAsync(AwsCredentials caller, GetSessionTokenRequest request, CancellationToken cancellation = default) =>
        inner.Value.GetSessionTokenAsync(caller, request, cancellation);

    public Task<GetCallerIdentityResponse> GetCallerIdentityAsync(AwsCredentials caller, CancellationToken cancellation = default) =>
        inner.Value.GetCallerIdentityAsync(caller, cancellation);

    public Task<GetFederationTokenResponse> GetFederationTokenAsync(AwsCredentials caller, GetFederationTokenRequest request, CancellationToken cancellation = default) =>
        inner.Value.GetFederationTokenAsync(caller, request, cancellation);

    public Task<GetAccessKeyInfoResponse> GetAccessKeyInfoAsync(AwsCredentials caller, string accessKeyId, CancellationToken cancellation = default) =>
        inner.Value.GetAccessKeyInfoAsync(caller, accessKeyId, cancellation);

    public Task<DecodeAuthorizationMessageResponse> DecodeAuthorizationMessageAsync(AwsCredentials caller, string encodedMessage, CancellationToken cancellation = default) =>
        inner.Value.DecodeAuthorizationMessageAsync(caller, encodedMessage, cancellation);

    public Task<AssumeRoleWithWebIdentityResponse> AssumeRoleWithWebIdentityAsync(AssumeRoleWithWebIdentityRequest request, CancellationToken cancellation = default) =>
        inner.Value.AssumeRoleWithWebIdentityAsync(request, cancellation);
}
