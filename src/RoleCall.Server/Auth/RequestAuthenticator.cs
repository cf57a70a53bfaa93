using RoleCall.Iam;
using RoleCall.Iam.Sts.Clock;
using RoleCall.Protocol.SigV4;
using RoleCall.Server.Http;

namespace RoleCall.Server.Auth;

/// <summary>
/// SigV4 authentication, in AWS's order: a well-formed authorization (else MissingAuthenticationToken or
/// IncompleteSignature), a known and active key (else InvalidClientTokenId), the session token a temporary
/// key must present (else InvalidClientTokenId), a fresh and matching signature (else SignatureDoesNotMatch,
/// "Signature expired: ..." beyond 15 minutes), and a session not yet expired (else ExpiredToken).
/// </summary>
internal sealed class RequestAuthenticator(IIamService iam, ServiceClock clock)
{
    // Freshness follows the real clock, never the dev clock, so clients signing with their own time keep working.
    private readonly SigV4Verifier _verifier = new(clock.RealTime);

    public Authentication Authenticate(IncomingRequest request)
    {
        var signed = new SigV4IncomingRequest(request.Method, request.RawPath, request.RawQuery, PayloadHash.Of(request.Body));
        var headers = new RequestHeaders(request.Headers);
        var malformed = SigV4Verifier.Parse(signed, headers, out var authorization);
        if (malformed is not null)
        {
            throw malformed.ToServiceException();
        }

        if (authorization!.Service is not (ServiceNames.Iam or ServiceNames.Sts))
        {
            throw AuthErrors.WrongService(authorization.Service);
        }

        var key = iam.FindSigningKey(authorization.AccessKeyId);
        if (key is null || !key.Active)
        {
            throw SigV4Errors.InvalidClientTokenId();
        }

        // A temporary key is only half a credential: without its own session token it is as good as unknown.
        if (key.SessionToken is not null && !string.Equals(key.SessionToken, authorization.SecurityToken, StringComparison.Ordinal))
        {
            throw SigV4Errors.InvalidClientTokenId();
        }

        var verification = _verifier.Verify(signed, headers, authorization, key.SecretAccessKey);
        if (!verification.IsValid)
        {
            throw verification.ToServiceException();
        }

        // Session expiry follows the service clock, so --dev-clock can age credentials.
        if (key.Expiration is { } expiration && expiration <= clock.GetUtcNow())
        {
            throw SigV4Errors.ExpiredToken();
        }

        return new Authentication(key.Caller, authorization.Service, authorization.Region);
    }
}
