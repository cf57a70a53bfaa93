using RoleCall.Protocol.RestXml;

namespace RoleCall.Cli.Commands.S3;

/// <summary>Prints listings page by page as they arrive (as the AWS CLI does), counting objects and bytes for --summarize.</summary>
internal sealed class S3ListingPrinter(TextWriter output, S3ListingFormat format)
{
    private long _objects;
    private long _bytes;

    /// <summary>True when the first page held neither objects nor prefixes.</summary>
    public bool FirstPageEmpty { get; private set; }

    public void Buckets(IReadOnlyList<S3BucketSummary> buckets)
    {
        foreach (var bucket in buckets)
        {
            output.Write(format.Bucket(bucket));
        }
    }

    /// <summary>Follows continuation tokens from the first page to the last.</summary>
    public async Task ObjectsAsync(Func<string?, Task<ListObjectsV2Page>> fetch, bool recursive)
    {
        string? token = null;
        var first = true;
        do
        {
            var page = await fetch(token);
            if (first && page.Contents.Count == 0 && page.CommonPrefixes.Count == 0)
            {
                FirstPageEmpty = true;
            }

            foreach (var prefix in page.CommonPrefixes)
            {
                output.Write(S3ListingFormat.Prefix(prefix));
            }

            foreach (var item in page.Contents)
            {
                _objects++;
                _bytes += item.Size;
                output.Write(format.Item(item, fullKey: recursive));
            }

            first = false;
            token = page.NextContinuationToken;
        }
        while (token is not null);
    }

    public void Summary() => output.Write(format.Summary(_objects, _bytes));
}
