namespace RoleCall.Protocol.RestXml;

/// <summary>
/// Reads a ListBuckets answer (`&lt;ListAllMyBucketsResult&gt;&lt;Buckets&gt;&lt;Bucket&gt;&lt;Name/&gt;&lt;CreationDate/&gt;`),
/// in the service's order. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html
/// </summary>
public static class ListBucketsResultReader
{
    /// <exception cref="FormatException">The body is not a ListAllMyBucketsResult.</exception>
    public static IReadOnlyList<S3BucketSummary> Read(string xml)
    {
        var root = S3XmlValues.Root(xml, "ListAllMyBucketsResult");
        var buckets = new List<S3BucketSummary>();
        foreach (var bucket in root.Child("Buckets")?.Children ?? [])
        {
            if (bucket.Name == "Bucket")
            {
                buckets.Add(new S3BucketSummary(S3XmlValues.Text(bucket, "Name"), S3XmlValues.Timestamp(bucket, "CreationDate")));
            }
        }

        return buckets;
    }
}
