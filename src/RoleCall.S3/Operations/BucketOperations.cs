using RoleCall.S3.Access;
using RoleCall.S3.Model;
using RoleCall.S3.Validation;

namespace RoleCall.S3.Operations;

/// <summary>ListBuckets, CreateBucket, HeadBucket, GetBucketLocation and DeleteBucket. Bucket names are global across accounts.</summary>
public sealed class BucketOperations(S3Runtime runtime)
{
    public const string DefaultRegion = "us-east-1";

    public IReadOnlyList<S3Bucket> List(S3Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        runtime.Authorizer.Require(call, "s3:ListAllMyBuckets", "*", null);
        return runtime.Store.ListBuckets(call.Caller.AccountId);
    }

    /// <summary>
    /// Creates a bucket in <paramref name="locationConstraint"/> (none: us-east-1). Signed for another region,
    /// the constraint must name that region; us-east-1 itself is not a valid constraint.
    /// </summary>
    public S3Bucket Create(S3Call call, string name, string? locationConstraint)
    {
        ArgumentNullException.ThrowIfNull(call);
        BucketNames.Require(name);
        var region = locationConstraint ?? DefaultRegion;
        if (locationConstraint == DefaultRegion)
        {
            throw S3Errors.InvalidLocationConstraint(locationConstraint);
        }

        // us-east-1's endpoint creates buckets anywhere; a regional endpoint only in its own region.
        if (call.Info.Region != DefaultRegion && !string.Equals(region, call.Info.Region, StringComparison.Ordinal))
        {
            throw S3Errors.IllegalLocationConstraint(locationConstraint ?? "unspecified");
        }

        runtime.Authorizer.Require(call, "s3:CreateBucket", S3Arns.Bucket(name), null);
        lock (runtime.WriteLock)
        {
            if (runtime.Store.FindBucket(name) is { } existing)
            {
                return Existing(call, existing, region);
            }

            var bucket = new S3Bucket(name, call.Caller.AccountId, region, runtime.Now());
            // The store decides between replicas creating one name at once: the one it refuses answers as if it came second.
            return runtime.Store.TryAddBucket(bucket) ? bucket
                : Existing(call, runtime.Store.FindBucket(name) ?? throw S3Errors.OperationAborted(name), region);
        }
    }

    /// <summary>CreateBucket of a name taken: us-east-1 answers success again to the owner (legacy behaviour); other regions BucketAlreadyOwnedByYou.</summary>
    private static S3Bucket Existing(S3Call call, S3Bucket existing, string region)
    {
        if (existing.OwnerAccount != call.Caller.AccountId)
        {
            throw S3Errors.BucketAlreadyExists(existing.Name);
        }

        return existing.Region == DefaultRegion && region == DefaultRegion ? existing : throw S3Errors.BucketAlreadyOwnedByYou(existing.Name);
    }

    /// <summary>HeadBucket: 404 without a body for a missing bucket, 403 without s3:ListBucket.</summary>
    public S3Bucket Head(S3Call call, string name)
    {
        var bucket = runtime.RequireBucket(name);
        runtime.Authorizer.Require(call, "s3:ListBucket", bucket.Arn, bucket);
        return bucket;
    }

    public S3Bucket Location(S3Call call, string name)
    {
        var bucket = runtime.RequireBucket(name);
        runtime.Authorizer.Require(call, "s3:GetBucketLocation", bucket.Arn, bucket);
        return bucket;
    }

    public void Delete(S3Call call, string name)
    {
        var bucket = runtime.RequireBucket(name);
        runtime.Authorizer.Require(call, "s3:DeleteBucket", bucket.Arn, bucket);
        lock (runtime.WriteLock)
        {
            if (!runtime.Store.TryDeleteBucket(name))
            {
                throw S3Errors.BucketNotEmpty(name);
            }
        }
    }
}
