using System.Text.Json;
using Microsoft.Data.Sqlite;
using RoleCall.S3.Model;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>Rows to S3 records and back.</summary>
internal static class S3Rows
{
    public const string BucketColumns = "name, owner, region, created, policy, tags";
    public const string ObjectColumns = "bucket, key, body, size, etag, modified, headers, checksums, tags, segments";
    public const string SummaryColumns = "key, size, etag, modified";
    public const string UploadColumns = "id, bucket, key, initiated, initiator, headers";
    public const string PartColumns = "upload, number, body, size, etag, modified";

    public static S3Bucket Bucket(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)))
    {
        Policy = r.IsDBNull(4) ? null : r.GetString(4),
        Tags = Pairs(r, 5),
    };

    public static S3Object Object(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Segments(r.GetString(2), r.GetInt64(3), r.IsDBNull(9) ? null : r.GetString(9)), r.GetInt64(3), r.GetString(4), Time(r.GetInt64(5)), Headers(r.GetString(6)))
        {
            Checksums = Pairs(r, 7),
            Tags = Pairs(r, 8),
        };

    public static S3ObjectSummary Summary(SqliteDataReader r) => new(r.GetString(0), r.GetInt64(1), r.GetString(2), Time(r.GetInt64(3)));

    public static MultipartUpload Upload(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)), r.GetString(4), Headers(r.GetString(5)));

    public static UploadPart Part(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Time(r.GetInt64(5)));

    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static string Json(ObjectHeaders headers) => JsonSerializer.Serialize(headers, S3JsonContext.Default.ObjectHeaders);

    public static string? Json(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        pairs.Count == 0 ? null : JsonSerializer.Serialize([.. pairs], S3JsonContext.Default.ListKeyValuePairStringString);

    /// <summary>The `body` and `segments` columns for an object's body: one id alone, or the first id and the JSON list.</summary>
    public static (string Body, string? Segments) BodyColumns(IReadOnlyList<BodySegment> segments) =>
        (segments[0].BodyId, segments.Count == 1 ? null : JsonSerializer.Serialize([.. segments], S3JsonContext.Default.ListBodySegment));

    /// <summary>Every body id an object row names, from its `body` and `segments` columns.</summary>
    public static IEnumerable<string> BodyIds(string body, string? segments) =>
        segments is null ? [body] : Segments(body, 0, segments).Select(s => s.BodyId);

    private static List<BodySegment> Segments(string body, long size, string? segments) => segments is null
        ? [new BodySegment(body, size)]
        : JsonSerializer.Deserialize(segments, S3JsonContext.Default.ListBodySegment) ?? throw new InvalidDataException($"s3_objects.segments is null JSON for body {body}.");

    private static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    private static ObjectHeaders Headers(string json) => JsonSerializer.Deserialize(json, S3JsonContext.Default.ObjectHeaders) ?? ObjectHeaders.Empty;

    private static List<KeyValuePair<string, string>> Pairs(SqliteDataReader r, int column) => r.IsDBNull(column)
        ? []
        : JsonSerializer.Deserialize(r.GetString(column), S3JsonContext.Default.ListKeyValuePairStringString) ?? [];
}
