namespace RoleCall.S3.Model;

/// <summary>S3's resource ARNs (Service Authorization Reference, Amazon S3: "bucket" and "object" resource types).</summary>
public static class S3Arns
{
    public static string Bucket(string bucket) => $"arn:aws:s3:::{bucket}";

    public static string ObjectKey(string bucket, string key) => $"arn:aws:s3:::{bucket}/{key}";
}
