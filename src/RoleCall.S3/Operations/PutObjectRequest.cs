using RoleCall.S3.Bodies;
using RoleCall.S3.Model;

namespace RoleCall.S3.Operations;

/// <summary>A PutObject: where, the headers to store, the body stream (already de-chunked) and what to verify about it.</summary>
public sealed record PutObjectRequest(string Bucket, string Key, ObjectHeaders Headers, Stream Body, BodyChecks Checks)
{
    /// <summary>x-amz-tagging, parsed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];
}
