using System.Globalization;
using RoleCall.Protocol.RestXml;

namespace RoleCall.Cli.Commands.S3;

/// <summary>
/// The lines `aws s3 ls` prints (awscli/customizations/s3/subcommands.py, ListCommand): buckets as
/// `DATE NAME`, prefixes as `PRE dir/` right-aligned to 30 columns, objects as `DATE SIZE NAME` with the size
/// right-aligned to 10 columns, dates in local time as `YYYY-MM-DD HH:MM:SS`, and the summary lines.
/// </summary>
internal sealed class S3ListingFormat(TimeZoneInfo zone, bool humanReadable)
{
    public string Bucket(S3BucketSummary bucket) => Date(bucket.CreationDate) + " " + bucket.Name + "\n";

    /// <summary>`PRE` and the last segment of the prefix before its trailing delimiter (`a/b/` prints `b/`).</summary>
    public static string Prefix(string prefix)
    {
        var segments = prefix.Split('/');
        var name = segments.Length >= 2 ? segments[^2] : segments[^1];
        return "PRE".PadLeft(30) + " " + name + "/\n";
    }

    /// <summary>The key's last segment without --recursive (<paramref name="fullKey"/> false), the whole key with it.</summary>
    public string Item(S3ObjectSummary item, bool fullKey)
    {
        var name = fullKey ? item.Key : item.Key[(item.Key.LastIndexOf('/') + 1)..];
        return Date(item.LastModified) + " " + Size(item.Size).PadLeft(10) + " " + name + "\n";
    }

    /// <summary>A blank line, then the totals with their labels right-aligned to 15 columns (the AWS CLI's rjust).</summary>
    public string Summary(long objects, long bytes) =>
        "\nTotal Objects: " + objects.ToString(CultureInfo.InvariantCulture) + "\n"
        + "   Total Size: " + Size(bytes) + "\n";

    private string Size(long bytes) => humanReadable ? HumanReadableSize.Format(bytes) : bytes.ToString(CultureInfo.InvariantCulture);

    private string Date(DateTimeOffset when) =>
        TimeZoneInfo.ConvertTime(when, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
