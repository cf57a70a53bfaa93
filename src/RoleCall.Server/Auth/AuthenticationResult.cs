using RoleCall.Core.Errors;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Server.Auth;

/// <summary>
/// What <see cref="RequestAuthenticator.TryAuthenticate"/> found: the caller, or why not (the verifier's
/// verdict, or a session past its expiry). Each protocol words the failure its own way: Query services
/// with <see cref="ToQueryError"/>, S3 with its own codes (InvalidAccessKeyId, AccessDenied "Request has expired").
/// </summary>
internal sealed record AuthenticationResult(Authentication? Authentication, SigV4Verification? Failure, bool SessionExpired = false)
{
    /// <summary>The verified request's signing key (S3 verifies aws-chunked chunk signatures with it); null on failure.</summary>
    public byte[]? SigningKey { get; init; }

    public static AuthenticationResult Failed(SigV4Verification failure) => new(null, failure);

    /// <summary>IAM's and STS's error for this failure (InvalidClientTokenId, SignatureDoesNotMatch, ExpiredToken, ...).</summary>
    public AwsServiceException ToQueryError() =>
        SessionExpired ? SigV4Errors.ExpiredToken() : Failure!.ToServiceException();
}
