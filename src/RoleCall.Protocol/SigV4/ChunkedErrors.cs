using RoleCall.Core.Errors;

namespace RoleCall.Protocol.SigV4;

/// <summary>S3's errors for aws-chunked bodies.</summary>
public static class ChunkedErrors
{
    public static AwsServiceException ChunkSignatureMismatch() => new("SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.", 403);

    public static AwsServiceException Malformed(string what) => new("InvalidRequest", $"Malformed aws-chunked body: {what}.", 400);

    public static AwsServiceException Incomplete() =>
        new("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header", 400);
}
