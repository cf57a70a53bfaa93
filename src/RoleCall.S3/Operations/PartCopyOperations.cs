using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Model;

namespace RoleCall.S3.Operations;

/// <summary>
/// UploadPartCopy: a part of a multipart upload copied from (a byte range of) an existing object, as `aws s3 cp
/// s3://a/big s3://b/big` does for objects above 8 MiB. Authorized as on S3: s3:PutObject on the destination key,
/// s3:GetObject on the source; the source's `x-amz-copy-source-if-*` conditions apply. The bytes are copied into a
/// new body (deleting the source later never touches the part) and hashed for the part's ETag.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html
/// </summary>
public sealed class PartCopyOperations(S3Runtime runtime, MultipartOperations multipart)
{
    public async Task<UploadPart> CopyPartAsync(S3Call call, string bucketName, string key, string uploadId, string partNumberText, PartCopySource source, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(source);
        var upload = multipart.Find(call, bucketName, key, uploadId, "s3:PutObject");
        var number = MultipartOperations.PartNumber(partNumberText);
        var (_, entry) = new ObjectOperations(runtime).Find(call, source.Bucket, source.Key, "s3:GetObject");
        Preconditions.RequireForCopy(source.Conditions, entry.ETag, entry.LastModified);
        var (first, length) = CopyRange.Resolve(source.Range, entry.Size);
        WrittenBody written;
        using (var body = new WindowStream(runtime.OpenBody(entry, first, length), first, length))
        {
            written = await BodyWriter.WriteAsync(runtime.Bodies, body, BodyChecks.None, cancellation);
        }

        return multipart.StorePart(upload, number, written);
    }
}
