using System.Globalization;
using RoleCall.S3.Access;
using RoleCall.S3.Model;

namespace RoleCall.S3.Listing;

/// <summary>
/// ListObjects and ListObjectsV2 over the store's key-ordered scan: keys under the prefix, rolled up into
/// CommonPrefixes at the first delimiter after it (each prefix counts once toward max-keys), the scan
/// skipping past a rolled-up prefix instead of reading every key below it.
/// Authorized as s3:ListBucket with the s3:prefix, s3:delimiter and s3:max-keys condition keys.
/// </summary>
public sealed class ListOperations(S3Runtime runtime)
{
    public const int MaxKeysLimit = 1000;
    private const int ScanBatch = 1000;

    public ListPage List(S3Call call, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bucket = runtime.RequireBucket(request.Bucket);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["s3:prefix"] = [request.Prefix],
            ["s3:max-keys"] = [request.MaxKeys.ToString(CultureInfo.InvariantCulture)],
        };
        if (request.Delimiter is { Length: > 0 } delimiter)
        {
            keys["s3:delimiter"] = [delimiter];
        }

        runtime.Authorizer.Require(call, "s3:ListBucket", bucket.Arn, bucket, keys);
        var sources = new List<object>(2);
        return Scan(bucket, request, sources) with { OwnerAccount = bucket.OwnerAccount, Sources = sources };
    }

    private ListPage Scan(S3Bucket bucket, ListRequest request, List<object> sources)
    {
        var max = Math.Min(request.MaxKeys, MaxKeysLimit);
        var delimiter = string.IsNullOrEmpty(request.Delimiter) ? null : request.Delimiter;
        var objects = new List<S3ObjectSummary>();
        var prefixes = new List<string>();

        // Resuming after a common prefix: it was returned already, so everything under it is skipped.
        var lastPrefix = delimiter is not null && request.After is { } after && after.StartsWith(request.Prefix, StringComparison.Ordinal)
            && after.EndsWith(delimiter, StringComparison.Ordinal) ? after : null;
        var from = lastPrefix is null ? request.After : PastPrefix(lastPrefix);
        string? last = null;
        while (true)
        {
            var batch = runtime.Store.ListObjects(bucket.Name, request.Prefix, from, inclusive: false, ScanBatch);
            sources.Add(batch);
            var jumped = false;
            foreach (var entry in batch)
            {
                var rolled = RollUp(entry.Key, request.Prefix, delimiter);
                if (rolled is not null && rolled == lastPrefix)
                {
                    continue;
                }

                // Only a further entry makes the page truncated: exactly max-keys entries and no more is complete.
                if (objects.Count + prefixes.Count >= max)
                {
                    return new ListPage(objects, prefixes, true, last);
                }

                if (rolled is null)
                {
                    objects.Add(entry);
                    last = entry.Key;
                    continue;
                }

                // Roll the prefix up once, then jump the scan past every key below it.
                prefixes.Add(rolled);
                lastPrefix = last = rolled;
                from = PastPrefix(rolled);
                jumped = true;
                break;
            }

            if (!jumped)
            {
                if (batch.Count < ScanBatch)
                {
                    return new ListPage(objects, prefixes, false, last);
                }

                from = batch[^1].Key;
            }
        }
    }

    /// <summary>`prefix + segment + delimiter` when the key has the delimiter after the prefix, else null.</summary>
    private static string? RollUp(string key, string prefix, string? delimiter)
    {
        if (delimiter is null)
        {
            return null;
        }

        var at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + delimiter.Length)];
    }

    /// <summary>A key after every key that starts with <paramref name="prefix"/> (exclusive bound for the scan).</summary>
    private static string PastPrefix(string prefix) => prefix + "\U0010FFFF\U0010FFFF";
}
