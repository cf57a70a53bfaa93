namespace RoleCall.Core.Errors;

/// <summary>
/// An error in AWS's shape: the code (`AccessDenied`, `NoSuchEntity`, ...), AWS's message, the HTTP status
/// and whether the sender or the service was at fault. The client raises it for error responses
/// (exit 254); the server throws it from handlers and turns it into the error XML.
/// </summary>
public sealed class AwsServiceException : RoleCallException
{
    public AwsServiceException(string code, string message, int httpStatus, bool senderFault = true, string? requestId = null)
        : base(message)
    {
        Code = code;
        HttpStatus = httpStatus;
        SenderFault = senderFault;
        RequestId = requestId;
    }

    public string Code { get; }

    public int HttpStatus { get; }

    public bool SenderFault { get; }

    public string? RequestId { get; }

    /// <summary>The API operation that failed (`AssumeRole`), for the AWS CLI's "when calling the X operation".</summary>
    public string? Operation { get; init; }

    /// <summary>Extra elements some services put beside Code and Message (S3: BucketName, Key, Condition).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; init; } = [];

    public override int ExitCode => ExitCodes.ServiceError;

    public static AwsServiceException AccessDenied(string message) => new("AccessDenied", message, 403);

    public static AwsServiceException Validation(string message) => new("ValidationError", message, 400);

    public static AwsServiceException NoSuchEntity(string message) => new("NoSuchEntity", message, 404);

    public static AwsServiceException AlreadyExists(string message) => new("EntityAlreadyExists", message, 409);

    public static AwsServiceException LimitExceeded(string message) => new("LimitExceeded", message, 409);

    public static AwsServiceException DeleteConflict(string message) => new("DeleteConflict", message, 409);

    public static AwsServiceException InvalidInput(string message) => new("InvalidInput", message, 400);

    public static AwsServiceException MalformedPolicy(string message) => new("MalformedPolicyDocument", message, 400);

    public static AwsServiceException ServiceFailure(string message) => new("ServiceFailure", message, 500, senderFault: false);
}
