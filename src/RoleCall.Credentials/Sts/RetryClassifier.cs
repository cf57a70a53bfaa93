using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sts;

/// <summary>Which service errors are worth another attempt, after botocore's retries/standard.py.</summary>
internal static class RetryClassifier
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    // Transient by code; IDPCommunicationError is STS's web-identity provider being unreachable (botocore retries it).
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "IDPCommunicationError",
    };

    private static readonly HashSet<string> SkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "InvalidSignatureException",
    };

    public static bool IsRetryable(AwsServiceException error) =>
        ThrottlingCodes.Contains(error.Code) || TransientCodes.Contains(error.Code)
        || error.HttpStatus is 429 or 500 or 502 or 503 or 504;

    /// <summary>The service says our clock is off (STS and IAM say it with SignatureDoesNotMatch).</summary>
    public static bool IsClockSkew(AwsServiceException error) =>
        SkewCodes.Contains(error.Code)
        || (error.Code == "SignatureDoesNotMatch"
            && (error.Message.Contains("Signature expired", StringComparison.Ordinal)
                || error.Message.Contains("Signature not yet current", StringComparison.Ordinal)));
}
