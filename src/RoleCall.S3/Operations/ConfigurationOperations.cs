using RoleCall.Policy.Parsing;
using RoleCall.S3.Access;
using RoleCall.S3.Model;

namespace RoleCall.S3.Operations;

/// <summary>
/// Bucket policies (Put, Get, DeleteBucketPolicy), bucket tagging and object tagging. A bucket policy must
/// parse as a resource-based policy (Principal required); it is then evaluated with every request to the
/// bucket as the resource policy beside the caller's identity policies.
/// </summary>
public sealed class ConfigurationOperations(S3Runtime runtime)
{
    /// <summary>S3's bucket policy size quota.</summary>
    public const int MaxPolicyBytes = 20 * 1024;

    public void PutPolicy(S3Call call, string bucketName, string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:PutBucketPolicy", bucket.Arn, bucket);
        if (!document.TrimStart().StartsWith('{'))
        {
            throw S3Errors.MalformedPolicy("Policies must be valid JSON and the first byte must be '{'");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(document) > MaxPolicyBytes)
        {
            throw S3Errors.MalformedPolicy("Policy exceeds the maximum allowed document size.");
        }

        var parsed = PolicyParser.Parse(document, PolicyKind.Resource);
        if (parsed.Errors.FirstOrDefault() is { } problem)
        {
            throw S3Errors.MalformedPolicy(problem.Message);
        }

        Save(bucket.Name, b => b with { Policy = document });
    }

    public string GetPolicy(S3Call call, string bucketName)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:GetBucketPolicy", bucket.Arn, bucket);
        return bucket.Policy ?? throw S3Errors.NoSuchBucketPolicy(bucket.Name);
    }

    public void DeletePolicy(S3Call call, string bucketName)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:DeleteBucketPolicy", bucket.Arn, bucket);
        Save(bucket.Name, b => b with { Policy = null });
    }

    /// <summary>PutBucketTagging (tags replace the whole set); DeleteBucketTagging is the empty set under s3:PutBucketTagging.</summary>
    public void PutBucketTags(S3Call call, string bucketName, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:PutBucketTagging", bucket.Arn, bucket);
        Save(bucket.Name, b => b with { Tags = tags });
    }

    public IReadOnlyList<KeyValuePair<string, string>> GetBucketTags(S3Call call, string bucketName)
    {
        var bucket = runtime.RequireBucket(bucketName);
        runtime.Authorizer.Require(call, "s3:GetBucketTagging", bucket.Arn, bucket);
        return bucket.Tags.Count > 0 ? bucket.Tags : throw S3Errors.NoSuchTagSet(bucket.Name);
    }

    public IReadOnlyList<KeyValuePair<string, string>> GetObjectTags(S3Call call, string bucketName, string key) =>
        new ObjectOperations(runtime).Find(call, bucketName, key, "s3:GetObjectTagging").Object.Tags;

    /// <summary>PutObjectTagging, or DeleteObjectTagging with an empty set (its own action).</summary>
    public void PutObjectTags(S3Call call, string bucketName, string key, IReadOnlyList<KeyValuePair<string, string>> tags, bool delete)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var (_, entry) = new ObjectOperations(runtime).Find(call, bucketName, key, delete ? "s3:DeleteObjectTagging" : "s3:PutObjectTagging");
        if (tags.Count > 10)
        {
            throw S3Errors.InvalidRequest("Object tags cannot be greater than 10");
        }

        lock (runtime.WriteLock)
        {
            // Re-read under the lock: a concurrent PUT may have replaced the object (and its body) meanwhile.
            var current = runtime.Store.FindObject(entry.Bucket, entry.Key) ?? throw S3Errors.NoSuchKey(key);
            runtime.Store.PutObject(current with { Tags = tags });
        }
    }

    private void Save(string name, Func<S3Bucket, S3Bucket> change)
    {
        lock (runtime.WriteLock)
        {
            var current = runtime.RequireBucket(name);
            runtime.Store.SaveBucket(change(current));
        }
    }
}
