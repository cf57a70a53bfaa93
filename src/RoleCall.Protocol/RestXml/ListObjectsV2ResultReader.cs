namespace RoleCall.Protocol.RestXml;

/// <summary>
/// Reads one ListObjectsV2 page (`&lt;ListBucketResult&gt;`): Contents (Key, LastModified, Size), CommonPrefixes,
/// IsTruncated and NextContinuationToken, decoding keys and prefixes when EncodingType is `url`.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
/// </summary>
public static class ListObjectsV2ResultReader
{
    /// <exception cref="FormatException">The body is not a ListBucketResult.</exception>
    public static ListObjectsV2Page Read(string xml)
    {
        var root = S3XmlValues.Root(xml, "ListBucketResult");
        var encoded = root.Child("EncodingType")?.Text == "url";
        var contents = new List<S3ObjectSummary>();
        var prefixes = new List<string>();
        foreach (var child in root.Children)
        {
            if (child.Name == "Contents")
            {
                contents.Add(new S3ObjectSummary(
                    S3XmlValues.Decode(S3XmlValues.Text(child, "Key"), encoded),
                    S3XmlValues.Timestamp(child, "LastModified"),
                    S3XmlValues.Long(child, "Size")));
            }
            else if (child.Name == "CommonPrefixes")
            {
                prefixes.Add(S3XmlValues.Decode(S3XmlValues.Text(child, "Prefix"), encoded));
            }
        }

        var truncated = S3XmlValues.Boolean(root, "IsTruncated");
        var token = root.Child("NextContinuationToken")?.Text;
        if (truncated && string.IsNullOrEmpty(token))
        {
            throw new FormatException("a truncated ListObjectsV2 page has no NextContinuationToken");
        }

        return new ListObjectsV2Page(contents, prefixes, truncated, truncated ? token : null);
    }
}
