using RoleCall.Core.Errors;
using RoleCall.Protocol.SigV4;
using RoleCall.Server.Auth;

namespace RoleCall.Server.S3;

/// <summary>
/// Authentication failures in S3's words, which differ from IAM's: InvalidAccessKeyId, AccessDenied
/// "Request has expired" for a presigned URL past X-Amz-Expires, RequestTimeTooSkewed, ExpiredToken 400.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
/// </summary>
internal static class S3AuthErrors
{
    public static AwsServiceException From(AuthenticationResult result)
    {
        if (result.SessionExpired)
        {
            return new AwsServiceException("ExpiredToken", "The provided token has expired.", 400);
        }

        var failure = result.Failure!;
        return failure.Status switch
        {
            SigV4Status.MissingAuthentication => new AwsServiceException("AccessDenied", "Access Denied", 403),
            SigV4Status.Malformed => new AwsServiceException("AuthorizationHeaderMalformed", failure.Message ?? "The authorization header is malformed.", 400),
            SigV4Status.UnknownAccessKey => new AwsServiceException("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403)
            {
                Details = [KeyValuePair.Create("AWSAccessKeyId", failure.Authorization!.AccessKeyId)],
            },
            SigV4Status.PresignExpired => new AwsServiceException("AccessDenied", "Request has expired", 403),
            SigV4Status.Expired or SigV4Status.NotYetValid =>
                new AwsServiceException("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", 403),
            _ => new AwsServiceException("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.", 403),
        };
    }

    public static AwsServiceException MissingContentSha256() =>
        new("InvalidRequest", "Missing required header for this request: x-amz-content-sha256", 400);

    public static AwsServiceException InvalidContentSha256() =>
        new("InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value.", 400);
}
