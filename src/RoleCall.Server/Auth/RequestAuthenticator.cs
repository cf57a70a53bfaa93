using Microsoft.AspNetCore.Http;
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
/// One instance per canonicalization (<see cref="SigV4Options"/>): S3 signs its path unnormalized.
/// </summary>
internal sealed class RequestAuthenticator(IIamService iam, ServiceClock clock, SigV4Options? options = null)
{
    // Freshness follows the real clock, never the dev clock, so clients signing with their own time keep working.
    private readonly SigV4Verifier _verifier = new(clock.RealTime, options: options);

    /// <summary>A Query-protocol request (body already read and hashed), for the endpoint of <paramref name="service"/>.</summary>
    public Authentication Authenticate(IncomingRequest request, string service)
    {
        var signed = new SigV4IncomingRequest(request.Method, request.RawPath, request.RawQuery, PayloadHash.Of(request.Body));
        var result = TryAuthenticate(signed, request.Headers);
        if (result.Authentication is not { } authentication)
        {
            throw result.ToQueryError();
        }

        // The front door routes by this same scope; a mismatch means the scope sat where it did not look (a form body).
        if (authentication.Service != service)
        {
            throw AuthErrors.WrongService(service, authentication.Service);
        }

        return authentication;
    }

    /// <summary>
    /// Authenticates against the payload hash the caller vouches for: the body's SHA-256 (Query), or for S3
    /// the `x-amz-content-sha256` value, which the S3 endpoint then checks against the body as it streams.
    /// </summary>
    public AuthenticationResult TryAuthenticate(in SigV4IncomingRequest signed, IHeaderDictionary headers)
    {
        var source = new RequestHeaders(headers);
        var malformed = SigV4Verifier.Parse(signed, source, out var authorization);
        if (malformed is not null)
        {
            return AuthenticationResult.Failed(malformed);
        }

        var key = iam.FindSigningKey(authorization!.AccessKeyId);

        // A temporary key is only half a credential: without its own session token it is as good as unknown.
        // A long-term key has no session: AWS refuses one sent with a token, stray or not (issue 17, item 10).
        if (key is null || !key.Active
            || (key.SessionToken is not null && !string.Equals(key.SessionToken, authorization.SecurityToken, StringComparison.Ordinal))
            || (key.SessionToken is null && authorization.SecurityToken is not null))
        {
            return AuthenticationResult.Failed(new SigV4Verification(SigV4Status.UnknownAccessKey, authorization));
        }

        var verification = _verifier.Verify(signed, source, authorization, key.SecretAccessKey);
        if (!verification.IsValid)
        {
            return AuthenticationResult.Failed(verification);
        }

        // Session expiry follows the service clock, so --dev-clock can age credentials.
        if (key.Expiration is { } expiration && expiration <= clock.GetUtcNow())
        {
            return new AuthenticationResult(null, verification, SessionExpired: true);
        }

        return new AuthenticationResult(new Authentication(key.Caller, authorization.Service, authorization.Region), verification)
        {
            SigningKey = SigningKeyCache.Shared.GetKey(key.SecretAccessKey, authorization.Scope),
        };
    }
}
