using Npgsql;
using RoleCall.S3.Model;

namespace RoleCall.Store.Postgres.S3;

/// <summary>Rows of Migrations/0005_s3.sql to S3 records and back. Times are Unix milliseconds.</summary>
internal static class S3Rows
{
    public const string BucketColumns = "name, owner, region, created, policy, tags";
    public const string ObjectColumns = "bucket, key, bodies, sizes, size, etag, modified, headers, checksums, tags";
    public const string SummaryColumns = "key, size, etag, modified";
    public const string UploadColumns = "id, bucket, key, initiated, initiator, headers";
    public const string PartColumns = "upload, number, body, size, etag, modified";

    public static S3Bucket Bucket(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)))
    {
        Policy = r.IsDBNull(4) ? null : r.GetString(4),
        Tags = S3Json.Pairs(Text(r, 5)),
    };

    public static S3Object Object(NpgsqlDataReader r)
    {
        var ids = r.GetFieldValue<string[]>(2);
        var sizes = r.GetFieldValue<long[]>(3);
        return new(r.GetString(0), r.GetString(1), [.. ids.Zip(sizes, (id, size) => new BodySegment(id, size))], r.GetInt64(4), r.GetString(5), Time(r.GetInt64(6)), S3Json.Headers(r.GetString(7)))
        {
            Checksums = S3Json.Pairs(Text(r, 8)),
            Tags = S3Json.Pairs(Text(r, 9)),
        };
    }

    /// <summary>The object's parameters, named as <see cref="ObjectColumns"/> with `@`.</summary>
    public static (string, object?)[] ObjectParameters(S3Object entry) =>
    [
        ("bucket", entry.Bucket), ("key", entry.Key), ("bodies", entry.Body.Select(s => s.BodyId).ToArray()), ("sizes", entry.Body.Select(s => s.Size).ToArray()),
        ("size", entry.Size), ("etag", entry.ETag), ("modified", Millis(entry.LastModified)), ("headers", S3Json.Write(entry.Headers)),
        ("checksums", S3Json.Write(entry.Checksums)), ("tags", S3Json.Write(entry.Tags)),
    ];

    public static S3ObjectSummary Summary(NpgsqlDataReader r) => new(r.GetString(0), r.GetInt64(1), r.GetString(2), Time(r.GetInt64(3)));

    public static MultipartUpload Upload(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)), r.GetString(4), S3Json.Headers(r.GetString(5)));

    public static UploadPart Part(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Time(r.GetInt64(5)));

    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    private static string? Text(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);
}
