using RoleCall.Core.Errors;
using RoleCall.S3.Access;
using RoleCall.S3.Bodies;
using RoleCall.S3.Model;
using RoleCall.S3.Validation;

namespace RoleCall.S3.Operations;

/// <summary>
/// PutObject, GetObject, HeadObject and DeleteObject. A missing key is NoSuchKey (404) only for a caller
/// allowed s3:ListBucket on the bucket; anyone else gets AccessDenied (403), so keys cannot be probed.
/// </summary>
public sealed class ObjectOperations(S3Runtime runtime)
{
    /// <summary>Authorizes first (before a byte of the body is read), then streams, verifies and commits.</summary>
    public async Task<S3Object> PutAsync(S3Call call, PutObjectRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bucket = runtime.RequireBucket(request.Bucket);
        ObjectKeys.Require(request.Key);
        runtime.Authorizer.Require(call, "s3:PutObject", S3Arns.ObjectKey(bucket.Name, request.Key), bucket, TagKeys(request.Tags));
        var written = await BodyWriter.WriteAsync(runtime.Bodies, request.Body, request.Checks, cancellation);
        var entry = new S3Object(bucket.Name, request.Key, [new BodySegment(written.BodyId, written.Size)], written.Size, $"\"{written.Md5Hex}\"", runtime.Now(), request.Headers)
        {
            Checksums = written.Checksum is { } checksum ? [checksum] : [],
            Tags = request.Tags,
        };
        return await StoreAsync(entry);
    }

    /// <summary>
    /// CopyObject: s3:GetObject on the source, s3:PutObject on the destination; the bytes are copied into a
    /// new body (so deleting either object never touches the other). Metadata and tags are the source's, or
    /// <paramref name="replace"/> and <paramref name="replaceTags"/> when their directive is REPLACE. The
    /// `x-amz-copy-source-if-*` <paramref name="conditions"/> apply to the source (412 when one fails).
    /// </summary>
    public async Task<S3Object> CopyAsync(S3Call call, string sourceBucket, string sourceKey, string bucketName, string key, ObjectHeaders? replace,
        IReadOnlyList<KeyValuePair<string, string>>? replaceTags, GetConditions conditions, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var (_, source) = Find(call, sourceBucket, sourceKey, "s3:GetObject");
        Preconditions.RequireForCopy(conditions, source.ETag, source.LastModified);
        var bucket = runtime.RequireBucket(bucketName);
        ObjectKeys.Require(key);
        if (replace is null && source.Bucket == bucket.Name && source.Key == key)
        {
            throw S3Errors.InvalidRequest("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");
        }

        runtime.Authorizer.Require(call, "s3:PutObject", S3Arns.ObjectKey(bucket.Name, key), bucket);
        WrittenBody written;
        using (var body = runtime.OpenBody(source, 0, source.Size))
        {
            written = await BodyWriter.WriteAsync(runtime.Bodies, body, BodyChecks.None, cancellation);
        }

        var entry = new S3Object(bucket.Name, key, [new BodySegment(written.BodyId, written.Size)], written.Size, source.ETag, runtime.Now(), replace ?? source.Headers)
        {
            Checksums = source.Checksums,
            Tags = replaceTags ?? source.Tags,
        };
        return await StoreAsync(entry);
    }

    /// <summary>NoSuchBucket unless the bucket exists (for calls that otherwise decide key by key).</summary>
    public void RequireBucket(string bucketName) => runtime.RequireBucket(bucketName);

    /// <summary>
    /// Records a committed body as the object (replacing any earlier one) and deletes the replaced body afterwards.
    /// The store commits it holding <see cref="S3Runtime.WriteLock"/>, possibly together with concurrent PUTs, and
    /// checks the bucket inside that transaction; when it refuses (NoSuchBucket: deleted while the body streamed in,
    /// here or through another replica), the new body is deleted before the error goes on, so no file is left that
    /// no row names.
    /// </summary>
    public async Task<S3Object> StoreAsync(S3Object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (runtime.Store.FindBucket(entry.Bucket) is null)
        {
            runtime.DeleteBodies(entry.BodyIds);
            throw S3Errors.NoSuchBucket(entry.Bucket);
        }

        IReadOnlyList<string> replaced;
        try
        {
            replaced = await runtime.Store.PutObjectAsync(entry, runtime.WriteLock);
        }
        catch (AwsServiceException)
        {
            runtime.DeleteBodies(entry.BodyIds);
            throw;
        }

        runtime.DeleteBodies(replaced);
        return entry;
    }

    /// <summary>GetObject (<paramref name="withBody"/>) or HeadObject, with conditions and Range.</summary>
    public ObjectRead Get(S3Call call, string bucketName, string key, GetConditions conditions, string? range, bool withBody)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var (_, entry) = Find(call, bucketName, key, "s3:GetObject");
        if (Preconditions.NotModified(conditions, entry.ETag, entry.LastModified))
        {
            return new ObjectRead(entry, true, null, null);
        }

        var resolved = ByteRange.Resolve(range, entry.Size);
        var (first, count) = resolved is { } r ? (r.First, r.Length) : (0, entry.Size);
        return new ObjectRead(entry, false, resolved, withBody ? runtime.OpenBody(entry, first, count) : null);
    }

    /// <summary>DeleteObject: 204 whether or not the key existed (S3 without versioning).</summary>
    public void Delete(S3Call call, string bucketName, string key)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:DeleteObject", S3Arns.ObjectKey(bucket.Name, key), bucket);
        IReadOnlyList<string> removed;
        lock (runtime.WriteLock)
        {
            removed = runtime.Store.DeleteObject(bucket.Name, key);
        }

        runtime.DeleteBodies(removed);
    }

    /// <summary>The object after <paramref name="action"/> is allowed; NoSuchKey or AccessDenied by s3:ListBucket when missing.</summary>
    public (S3Bucket Bucket, S3Object Object) Find(S3Call call, string bucketName, string key, string action)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, action, S3Arns.ObjectKey(bucket.Name, key), bucket);
        var entry = runtime.Store.FindObject(bucket.Name, key);
        if (entry is null)
        {
            throw runtime.Authorizer.IsAllowed(call, "s3:ListBucket", bucket.Arn, bucket) ? S3Errors.NoSuchKey(key) : S3Errors.AccessDenied();
        }

        return (bucket, entry);
    }

    private static Dictionary<string, IReadOnlyList<string>>? TagKeys(IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        if (tags.Count == 0)
        {
            return null;
        }

        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["s3:RequestObjectTagKeys"] = [.. tags.Select(t => t.Key)] };
        foreach (var (key, value) in tags)
        {
            keys["s3:RequestObjectTag/" + key] = [value];
        }

        return keys;
    }
}
