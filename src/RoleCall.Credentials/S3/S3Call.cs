namespace RoleCall.Credentials.S3;

/// <summary>
/// One S3 request: the operation's name (for errors, "when calling the ListObjectsV2 operation"), the method,
/// the bucket and key it addresses (null for the service, e.g. ListBuckets), the query (`?list-type=2&amp;...`
/// or empty) and the body.
/// </summary>
internal sealed record S3Call(string Operation, string Method, string? Bucket, string? Key, string Query, byte[] Body)
{
    public static S3Call Get(string operation, string? bucket, string query = "") => new(operation, "GET", bucket, null, query, []);
}
