using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// The STS API as RoleCall calls it: one method per action, typed requests and responses. An instance is
/// bound to one endpoint and signing region (see the Endpoints folder); each call is signed with the
/// caller's credentials passed in, so one client serves a whole chain of role assumptions.
/// <para>Service errors surface as <see cref="Core.Errors.AwsServiceException"/> with Code, Message,
/// RequestId, HttpStatus and Operation set, after the retries the client makes for throttling and transient
/// faults. Every response also carries the result as a <see cref="Protocol.Query.ResultStruct"/> in the API's
/// shape order, which the CLI prints as the AWS CLI does.</para>
/// </summary>
public interface IStsClient
{
    Task<AssumeRoleResponse> AssumeRoleAsync(AwsCredentials caller, AssumeRoleRequest request, CancellationToken cancellation = default);

    Task<GetSessionTokenResponse> GetSessionTokenAsync(AwsCredentials caller, GetSessionTokenRequest request, CancellationToken cancellation = default);

    Task<GetCallerIdentityResponse> GetCallerIdentityAsync(AwsCredentials caller, CancellationToken cancellation = default);

    Task<GetFederationTokenResponse> GetFederationTokenAsync(AwsCredentials caller, GetFederationTokenRequest request, CancellationToken cancellation = default);

    Task<GetAccessKeyInfoResponse> GetAccessKeyInfoAsync(AwsCredentials caller, string accessKeyId, CancellationToken cancellation = default);

    /// <summary>The details behind an encoded authorization failure message (EC2's UnauthorizedOperation).</summary>
    Task<DecodeAuthorizationMessageResponse> DecodeAuthorizationMessageAsync(AwsCredentials caller, string encodedMessage, CancellationToken cancellation = default);

    /// <summary>Unsigned: the web identity token is the authentication.</summary>
    Task<AssumeRoleWithWebIdentityResponse> AssumeRoleWithWebIdentityAsync(AssumeRoleWithWebIdentityRequest request, CancellationToken cancellation = default);
}
