using RoleCall.Cli.Commands.S3;
using RoleCall.Protocol.RestXml;

namespace RoleCall.Cli.Tests.S3;

/// <summary>The `aws s3 ls` line shapes (awscli ListCommand), golden.</summary>
public sealed class S3ListingFormatTests
{
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly DateTimeOffset Utc = new(2026, 12, 31, 20, 15, 7, TimeSpan.Zero);

    [Fact]
    public void Should_print_a_bucket_with_its_creation_date_in_local_time() =>
        Assert.Equal("2027-01-01 01:45:07 my-bucket\n", new S3ListingFormat(Kolkata, false).Bucket(new S3BucketSummary("my-bucket", Utc)));

    [Theory]
    [InlineData("dir/", "                           PRE dir/\n")]
    [InlineData("a/b/", "                           PRE b/\n")]
    [InlineData("sp ace/", "                           PRE sp ace/\n")]
    public void Should_print_a_prefix_by_its_last_segment_right_aligned(string prefix, string expected) =>
        Assert.Equal(expected, S3ListingFormat.Prefix(prefix));

    [Fact]
    public void Should_print_an_object_by_its_base_name_or_its_whole_key()
    {
        var format = new S3ListingFormat(TimeZoneInfo.Utc, false);
        var item = new S3ObjectSummary("dir/sub/c.txt", Utc, 1234567);

        Assert.Equal("2026-12-31 20:15:07    1234567 c.txt\n", format.Item(item, fullKey: false));
        Assert.Equal("2026-12-31 20:15:07    1234567 dir/sub/c.txt\n", format.Item(item, fullKey: true));
        Assert.Equal("2026-12-31 20:15:07    1.2 MiB dir/sub/c.txt\n", new S3ListingFormat(TimeZoneInfo.Utc, true).Item(item, fullKey: true));
    }

    [Fact]
    public void Should_print_the_summary_with_right_aligned_labels()
    {
        Assert.Equal("\nTotal Objects: 3\n   Total Size: 1536\n", new S3ListingFormat(TimeZoneInfo.Utc, false).Summary(3, 1536));
        Assert.Equal("\nTotal Objects: 3\n   Total Size: 1.5 KiB\n", new S3ListingFormat(TimeZoneInfo.Utc, true).Summary(3, 1536));
    }
}
