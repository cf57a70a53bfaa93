using RoleCall.Core.Errors;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// AWS's authentication errors, with AWS's codes, statuses and wording (see iam-sts-behaviour.md "Wire
/// format"). The server returns them; the client recognizes them (clock skew).
/// </summary>
public static class SigV4Errors
{
    public const string SignatureMismatchText =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public static AwsServiceException MissingAuthenticationToken() =>
        new("MissingAuthenticationToken", "Request is missing Authentication Token", 403);

    public static AwsServiceException IncompleteSignature(string message) => new("IncompleteSignature", message, 400);

    /// <summary>An unknown or inactive access key.</summary>
    public static AwsServiceException InvalidClientTokenId() =>
        new("InvalidClientTokenId", "The security token included in the request is invalid.", 403);

    /// <summary>A wrong signature, or (with AWS's "Signature expired: ..." message) a skewed clock.</summary>
    public static AwsServiceException SignatureDoesNotMatch(string? message = null) =>
        new("SignatureDoesNotMatch", message ?? SignatureMismatchText, 403);

    /// <summary>Temporary credentials past their expiry.</summary>
    public static AwsServiceException ExpiredToken() =>
        new("ExpiredToken", "The security token included in the request is expired", 403);
}
