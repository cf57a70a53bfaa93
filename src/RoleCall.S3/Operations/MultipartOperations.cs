using System.Globalization;
using System.Security.Cryptography;
using RoleCall.Core.Errors;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Model;
using RoleCall.S3.Validation;

namespace RoleCall.S3.Operations;

/// <summary>
/// CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, ListParts and
/// ListMultipartUploads. Parts are bodies of their own; Complete makes the listed parts' bodies the object's
/// body segments in one store commit, moving no bytes (a 1 GiB object completes as fast as a 1 KiB one). The
/// ETag is the MD5 of the parts' binary MD5s, `-N`. Every part but the last must be at least 5 MiB.
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html
/// </summary>
public sealed class MultipartOperations(S3Runtime runtime)
{
    public const long MinPartSize = 5L * 1024 * 1024;
    public const int MaxPartNumber = 10_000;

    public MultipartUpload Create(S3Call call, string bucketName, string key, ObjectHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(call);
        var bucket = runtime.RequireBucket(bucketName);
        ObjectKeys.Require(key);
        runtime.Authorizer.Require(call, "s3:PutObject", S3Arns.ObjectKey(bucket.Name, key), bucket);
        var upload = new MultipartUpload(Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), bucket.Name, key, runtime.Now(), call.Caller.Arn, headers);
        runtime.Store.AddUpload(upload);
        return upload;
    }

    public async Task<UploadPart> UploadPartAsync(S3Call call, string bucketName, string key, string uploadId, string partNumberText, Stream body, BodyChecks checks, CancellationToken cancellation)
    {
        var upload = Find(call, bucketName, key, uploadId, "s3:PutObject");
        var number = PartNumber(partNumberText);
        var written = await BodyWriter.WriteAsync(runtime.Bodies, body, checks, cancellation);
        return StorePart(upload, number, written);
    }

    internal static int PartNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPartNumber
            ? number
            : throw S3Errors.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber", text);

    /// <summary>Records a committed body as part <paramref name="number"/> (replacing an earlier one), unless the upload went meanwhile.</summary>
    internal UploadPart StorePart(MultipartUpload upload, int number, WrittenBody written)
    {
        var part = new UploadPart(upload.UploadId, number, written.BodyId, written.Size, $"\"{written.Md5Hex}\"", runtime.Now());
        string? replaced;
        lock (runtime.WriteLock)
        {
            if (runtime.Store.FindUpload(upload.UploadId) is null)
            {
                runtime.DeleteBodies([written.BodyId]);
                throw S3Errors.NoSuchUpload(upload.UploadId);
            }

            try
            {
                replaced = runtime.Store.PutPart(part);
            }
            catch (AwsServiceException)
            {
                // A shared store refuses a part whose upload was completed or aborted through another replica meanwhile.
                runtime.DeleteBodies([written.BodyId]);
                throw;
            }
        }

        runtime.DeleteBodies(replaced is null ? null : [replaced]);
        return part;
    }

    public IReadOnlyList<UploadPart> ListParts(S3Call call, string bucketName, string key, string uploadId)
    {
        var upload = Find(call, bucketName, key, uploadId, "s3:ListMultipartUploadParts");
        return runtime.Store.ListParts(upload.UploadId);
    }

    public IReadOnlyList<MultipartUpload> ListUploads(S3Call call, string bucketName)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:ListBucketMultipartUploads", bucket.Arn, bucket);
        return runtime.Store.ListUploads(bucket.Name);
    }

    public void Abort(S3Call call, string bucketName, string key, string uploadId)
    {
        var upload = Find(call, bucketName, key, uploadId, "s3:AbortMultipartUpload");
        IReadOnlyList<string> bodies;
        lock (runtime.WriteLock)
        {
            bodies = runtime.Store.DeleteUpload(upload.UploadId);
        }

        runtime.DeleteBodies(bodies);
    }

    /// <summary>Makes the listed parts (ascending, each with its ETag) the object, then drops the upload and any part left out.</summary>
    public S3Object Complete(S3Call call, string bucketName, string key, string uploadId, IReadOnlyList<(int Number, string ETag)> listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var upload = Find(call, bucketName, key, uploadId, "s3:PutObject");
        if (listed.Count == 0)
        {
            throw S3Errors.MalformedXml();
        }

        // A part uploaded again meanwhile makes the store refuse the commit: read and check the parts again.
        for (var attempt = 0; ; attempt++)
        {
            var parts = Chosen(runtime.Store.ListParts(upload.UploadId), listed);
            var etag = $"\"{MultipartETag(parts)}-{parts.Count}\"";
            var entry = new S3Object(upload.Bucket, upload.Key, [.. parts.Select(p => new BodySegment(p.BodyId, p.Size))], parts.Sum(p => p.Size), etag, runtime.Now(), upload.Headers);
            IReadOnlyList<string>? unnamed;
            lock (runtime.WriteLock)
            {
                unnamed = runtime.Store.CompleteUpload(upload.UploadId, entry);
            }

            if (unnamed is not null)
            {
                runtime.DeleteBodies(unnamed);
                return entry;
            }

            if (runtime.Store.FindUpload(upload.UploadId) is null || attempt == 2)
            {
                throw S3Errors.NoSuchUpload(uploadId);
            }
        }
    }

    /// <summary>The stored parts the request lists, in its order, or S3's error for a bad list.</summary>
    private static List<UploadPart> Chosen(IReadOnlyList<UploadPart> storedParts, IReadOnlyList<(int Number, string ETag)> listed)
    {
        var stored = storedParts.ToDictionary(p => p.PartNumber);
        var parts = new List<UploadPart>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            if (i > 0 && listed[i].Number <= listed[i - 1].Number)
            {
                throw S3Errors.InvalidPartOrder();
            }

            if (!stored.TryGetValue(listed[i].Number, out var part) || part.ETag.Trim('"') != listed[i].ETag.Trim('"'))
            {
                throw S3Errors.InvalidPart();
            }

            parts.Add(part);
        }

        if (parts.Take(parts.Count - 1).Any(p => p.Size < MinPartSize))
        {
            throw S3Errors.EntityTooSmall();
        }

        return parts;
    }

    /// <summary>MD5 over the concatenated binary MD5s of the parts (S3's ETag, not a security use).</summary>
    private static string MultipartETag(List<UploadPart> parts)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        foreach (var part in parts)
        {
            md5.AppendData(Convert.FromHexString(part.ETag.Trim('"')));
        }

        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    internal MultipartUpload Find(S3Call call, string bucketName, string key, string uploadId, string action)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, action, S3Arns.ObjectKey(bucket.Name, key), bucket);
        var upload = runtime.Store.FindUpload(uploadId);
        return upload is not null && upload.Bucket == bucket.Name && upload.Key == key ? upload : throw S3Errors.NoSuchUpload(uploadId);
    }
}
