namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// S3's tables, in their own database file (`s3.db`) beside IAM's: keys compare as UTF-8 bytes (SQLite's
/// BINARY collation), which is S3's listing order. Times are Unix milliseconds. An object's `body` is its
/// first (usually only) body id; `segments` is null for a one-body object, else the JSON list of all its body
/// segments (a completed multipart upload's parts).
/// </summary>
internal static class S3Schema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS s3_buckets(name TEXT PRIMARY KEY, owner TEXT NOT NULL, region TEXT NOT NULL, created INTEGER NOT NULL, policy TEXT, tags TEXT);
        CREATE INDEX IF NOT EXISTS s3_buckets_owner ON s3_buckets(owner, name);
        CREATE TABLE IF NOT EXISTS s3_objects(bucket TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL,
            modified INTEGER NOT NULL, headers TEXT NOT NULL, checksums TEXT, tags TEXT, segments TEXT, PRIMARY KEY(bucket, key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS s3_uploads(id TEXT PRIMARY KEY, bucket TEXT NOT NULL, key TEXT NOT NULL, initiated INTEGER NOT NULL,
            initiator TEXT NOT NULL, headers TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS s3_uploads_bucket ON s3_uploads(bucket, key);
        CREATE TABLE IF NOT EXISTS s3_parts(upload TEXT NOT NULL, number INTEGER NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL,
            etag TEXT NOT NULL, modified INTEGER NOT NULL, PRIMARY KEY(upload, number)) WITHOUT ROWID;
        """;

    /// <summary>Data directories made before multipart objects kept their parts lack the `segments` column.</summary>
    public const string HasSegments = "SELECT COUNT(*) FROM pragma_table_info('s3_objects') WHERE name = 'segments'";

    public const string AddSegments = "ALTER TABLE s3_objects ADD COLUMN segments TEXT";
}
