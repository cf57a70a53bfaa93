using RoleCall.Core.Errors;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The verifier's answer: the status, the parsed authorization when there was one (access key, signed
/// region/service/date, token), and for failures AWS's message. <see cref="ToServiceException"/> gives the
/// error the server returns.
/// </summary>
public sealed record SigV4Verification(SigV4Status Status, SigV4Authorization? Authorization, string? Message = null)
{
    public bool IsValid => Status == SigV4Status.Valid;

    /// <summary>AWS's error for this failure (InvalidOperationException for a valid request).</summary>
    public AwsServiceException ToServiceException() => Status switch
    {
        SigV4Status.MissingAuthentication => SigV4Errors.MissingAuthenticationToken(),
        SigV4Status.Malformed => SigV4Errors.IncompleteSignature(Message ?? "The request signature is incomplete."),
        SigV4Status.UnknownAccessKey => SigV4Errors.InvalidClientTokenId(),
        SigV4Status.SignatureMismatch or SigV4Status.Expired or SigV4Status.NotYetValid or SigV4Status.PresignExpired =>
            SigV4Errors.SignatureDoesNotMatch(Message),
        _ => throw new InvalidOperationException("A valid request has no error."),
    };
}
