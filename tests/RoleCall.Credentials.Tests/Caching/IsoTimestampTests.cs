using System.Globalization;
using System.Text.Json;
using RoleCall.Credentials.Caching;
using RoleCall.Testing;

namespace RoleCall.Credentials.Tests.Caching;

/// <summary>
/// Issue 12: cache timestamps are read by hand (no culture-aware parser at start-up), and read exactly as
/// before and as botocore reads them. The judges are botocore's own parser (dateutil, via
/// botocore.credentials.parse) in the AWS CLI v2 (`/usr/bin/python3`, awscli.botocore) and in boto3 (`python3`).
/// </summary>
public sealed class IsoTimestampTests
{
    // What botocore, the AWS CLI v1 and v2 have written to ~/.aws/cli/cache and ~/.aws/sso/cache, and neighbours.
    private static readonly string[] Written =
    [
        "2026-12-06T11:00:00Z",
        "2026-12-06T11:00:00+00:00",
        "2026-12-06T11:00:00UTC",
        "2026-12-06T11:00:00.123456Z",
        "2026-12-06T11:00:00.123456+00:00",
        "2026-12-06T11:00:00.5Z",
        "2026-12-06T13:30:00+02:30",
        "2026-12-06T03:00:00-08:00",
        "2026-12-06T11:00:00+0100",
        "2026-12-06 11:00:00+00:00",
        "2026-12-06T11:00:00",
        "2028-02-29T00:00:00Z",
        "2026-12-31T23:30:00-01:00",
    ];

    public static TheoryData<string> WrittenForms() => [.. Written];

    [Theory]
    [MemberData(nameof(WrittenForms))]
    public void Should_read_the_written_forms_by_hand_as_the_general_parser_did(string text)
    {
        Assert.True(IsoTimestamp.TryParseExact(text, out var mine), text);
        var general = General(text);
        Assert.NotNull(general);
        Assert.Equal(general.Value.UtcTicks, mine.UtcTicks);
        Assert.Equal(TimeSpan.Zero, mine.Offset);
    }

    [Fact]
    public void Should_agree_with_botocore_in_the_aws_cli_v2_and_in_boto3()
    {
        var script = "import sys, json, datetime\n"
            + "parse = __import__(sys.argv[1], fromlist=['parse']).parse\n"
            + "epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)\n"
            + "for s in json.loads(sys.argv[2]):\n"
            + "    d = parse(s)\n"
            + "    d = d if d.tzinfo else d.replace(tzinfo=datetime.timezone.utc)\n"
            + "    t = d - epoch\n"
            + "    print((t.days * 86400 + t.seconds) * 1000000 + t.microseconds)\n";
        var mine = Written.Select(t => ((IsoTimestamp.TryParse(t)!.Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture));
        var texts = JsonSerializer.Serialize(Written);

        var v2 = Peers.Run("/usr/bin/python3", ["-c", script, "awscli.botocore.credentials", texts]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var boto3 = Peers.Run("python3", ["-c", script, "botocore.credentials", texts]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(v2, mine);
        Assert.Equal(boto3, mine);
    }

    [Theory]
    [InlineData("2026-12-06T11:00:00.1234567Z", 1234567)]
    [InlineData("2026-12-06T11:00:00.1Z", 1000000)]
    [InlineData("2026-12-06T11:00:00.000001+00:00", 10)]
    public void Should_keep_fractions_to_the_tick(string text, long ticksPastTheSecond)
    {
        var value = IsoTimestamp.TryParse(text)!.Value;
        Assert.Equal(ticksPastTheSecond, value.UtcTicks % TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("not a time")]
    [InlineData("")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-12-06T24:00:00Z")]
    [InlineData("2026-12-06T11:00:00.Z")]
    [InlineData("2026-12-06T11:00:00+15:00")]
    [InlineData("2026-12-06T11:00:00.12345678Z")]
    [InlineData("2026-12-06t11:00:00z")]
    [InlineData("Sun, 06 Dec 2026 11:00:00 GMT")]
    [InlineData("12/06/2026 11:00:00")]
    public void Should_leave_every_other_spelling_to_the_general_parser(string text)
    {
        Assert.False(IsoTimestamp.TryParseExact(text, out _), text);
        Assert.Equal(General(text)?.UtcTicks, IsoTimestamp.TryParse(text)?.UtcTicks);
    }

    [Fact]
    public void Should_throw_a_format_error_for_no_timestamp_where_one_is_required() =>
        Assert.Throws<FormatException>(() => IsoTimestamp.Parse("soon"));

    // What the caches used before: the invariant-culture parser, "UTC" read as "Z".
    private static DateTimeOffset? General(string text) =>
        DateTimeOffset.TryParse(text.EndsWith("UTC", StringComparison.Ordinal) ? text[..^3] + "Z" : text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;
}
