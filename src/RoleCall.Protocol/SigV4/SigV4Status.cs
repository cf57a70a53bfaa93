namespace RoleCall.Protocol.SigV4;

/// <summary>The verifier's verdict; <see cref="SigV4Verification.ToServiceException"/> maps each to AWS's error.</summary>
public enum SigV4Status
{
    /// <summary>Well formed, in time, and the signature matches.</summary>
    Valid,

    /// <summary>Neither an `Authorization` header nor `X-Amz-Algorithm` in the query: MissingAuthenticationToken.</summary>
    MissingAuthentication,

    /// <summary>Authorization present but unusable (missing parts, bad scope, no date): IncompleteSignature.</summary>
    Malformed,

    /// <summary>The secret lookup knows no such access key: InvalidClientTokenId.</summary>
    UnknownAccessKey,

    /// <summary>The signature (or the credential scope's date) does not match: SignatureDoesNotMatch.</summary>
    SignatureMismatch,

    /// <summary>The request time is more than 15 minutes before now: SignatureDoesNotMatch "Signature expired".</summary>
    Expired,

    /// <summary>The request time is more than 15 minutes after now: SignatureDoesNotMatch "not yet current".</summary>
    NotYetValid,

    /// <summary>A presigned URL past its X-Amz-Expires.</summary>
    PresignExpired,
}
