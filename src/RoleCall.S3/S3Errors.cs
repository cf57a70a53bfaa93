using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.S3;

/// <summary>
/// S3's own error codes, statuses and wording, with the extra elements S3 adds (BucketName, Key, ...).
/// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList
/// </summary>
public static class S3Errors
{
    public static AwsServiceException AccessDenied() => new("AccessDenied", "Access Denied", 403);

    public static AwsServiceException NoSuchBucket(string bucket) =>
        With(new("NoSuchBucket", "The specified bucket does not exist", 404), ("BucketName", bucket));

    public static AwsServiceException NoSuchKey(string key) =>
        With(new("NoSuchKey", "The specified key does not exist.", 404), ("Key", key));

    public static AwsServiceException BucketAlreadyExists(string bucket) => With(new("BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.", 409), ("BucketName", bucket));

    public static AwsServiceException BucketAlreadyOwnedByYou(string bucket) => With(new("BucketAlreadyOwnedByYou",
        "Your previous request to create the named bucket succeeded and you already own it.", 409), ("BucketName", bucket));

    /// <summary>A bucket created and deleted again by others while this request was deciding: S3's answer to a conflicting operation in flight.</summary>
    public static AwsServiceException OperationAborted(string bucket) => With(new("OperationAborted",
        "A conflicting conditional operation is currently in progress against this resource. Please try again.", 409), ("BucketName", bucket));

    public static AwsServiceException BucketNotEmpty(string bucket) =>
        With(new("BucketNotEmpty", "The bucket you tried to delete is not empty", 409), ("BucketName", bucket));

    public static AwsServiceException InvalidBucketName(string bucket) =>
        With(new("InvalidBucketName", "The specified bucket is not valid.", 400), ("BucketName", bucket));

    public static AwsServiceException KeyTooLong(int size) => With(new("KeyTooLongError", "Your key is too long", 400),
        ("MaxSizeAllowed", "1024"), ("Size", size.ToString(CultureInfo.InvariantCulture)));

    public static AwsServiceException InvalidLocationConstraint(string constraint) =>
        With(new("InvalidLocationConstraint", "The specified location-constraint is not valid", 400), ("LocationConstraint", constraint));

    public static AwsServiceException IllegalLocationConstraint(string constraint) => new("IllegalLocationConstraintException",
        $"The {constraint} location constraint is incompatible for the region specific endpoint this request was sent to.", 400);

    public static AwsServiceException BadDigest(string expected, string calculated) => With(new("BadDigest",
        "The Content-MD5 you specified did not match what we received.", 400), ("ExpectedDigest", expected), ("CalculatedDigest", calculated));

    public static AwsServiceException InvalidDigest(string value) =>
        With(new("InvalidDigest", "The Content-MD5 you specified was invalid.", 400), ("Content-MD5", value));

    public static AwsServiceException ChecksumMismatch(string algorithm) =>
        new("BadDigest", $"The {algorithm} you specified did not match the calculated checksum.", 400);

    public static AwsServiceException InvalidChecksum(string header) =>
        new("InvalidRequest", $"Value for {header} header is invalid.", 400);

    public static AwsServiceException ContentSha256Mismatch(string claimed, string computed) => With(new("XAmzContentSHA256Mismatch",
        "The provided 'x-amz-content-sha256' header does not match what was computed.", 400),
        ("ClientComputedContentSHA256", claimed), ("S3ComputedContentSHA256", computed));

    public static AwsServiceException MissingContentLength() =>
        new("MissingContentLength", "You must provide the Content-Length HTTP header.", 411);

    public static AwsServiceException IncompleteBody() =>
        new("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header", 400);

    public static AwsServiceException NotImplemented(string what) =>
        new("NotImplemented", $"A header or query you provided implies functionality that is not implemented: {what}", 501);

    public static AwsServiceException InvalidRange(string range, long size) => With(new("InvalidRange", "The requested range is not satisfiable", 416),
        ("RangeRequested", range), ("ActualObjectSize", size.ToString(CultureInfo.InvariantCulture)));

    public static AwsServiceException PreconditionFailed(string condition) =>
        With(new("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412), ("Condition", condition));

    public static AwsServiceException NoSuchUpload(string uploadId) => With(new("NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", 404), ("UploadId", uploadId));

    public static AwsServiceException InvalidPart() => new("InvalidPart",
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.", 400);

    public static AwsServiceException InvalidPartOrder() =>
        new("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.", 400);

    public static AwsServiceException EntityTooSmall() => new("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size", 400);

    public static AwsServiceException NoSuchBucketPolicy(string bucket) =>
        With(new("NoSuchBucketPolicy", "The bucket policy does not exist", 404), ("BucketName", bucket));

    public static AwsServiceException NoSuchTagSet(string bucket) =>
        With(new("NoSuchTagSet", "The TagSet does not exist", 404), ("BucketName", bucket));

    public static AwsServiceException MalformedPolicy(string message) => new("MalformedPolicy", message, 400);

    public static AwsServiceException MalformedXml() => new("MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema", 400);

    public static AwsServiceException InvalidArgument(string message, string name, string value) =>
        With(new("InvalidArgument", message, 400), ("ArgumentName", name), ("ArgumentValue", value));

    public static AwsServiceException InvalidRequest(string message) => new("InvalidRequest", message, 400);

    public static AwsServiceException MethodNotAllowed(string method) =>
        With(new("MethodNotAllowed", "The specified method is not allowed against this resource.", 405), ("Method", method));

    private static AwsServiceException With(AwsServiceException error, params (string Name, string Value)[] details) =>
        new(error.Code, error.Message, error.HttpStatus) { Details = [.. details.Select(d => KeyValuePair.Create(d.Name, d.Value))] };
}
