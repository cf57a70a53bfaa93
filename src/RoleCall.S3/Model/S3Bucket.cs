namespace RoleCall.S3.Model;

/// <summary>A bucket: its globally unique name, the owning account, its region (LocationConstraint) and its policy and tags.</summary>
public sealed record S3Bucket(string Name, string OwnerAccount, string Region, DateTimeOffset CreatedAt)
{
    /// <summary>The bucket policy document as stored (PutBucketPolicy), or null.</summary>
    public string? Policy { get; init; }

    /// <summary>The bucket's tag set (PutBucketTagging); empty when none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>`arn:aws:s3:::NAME`: S3 ARNs carry neither region nor account.</summary>
    public string Arn => S3Arns.Bucket(Name);
}
