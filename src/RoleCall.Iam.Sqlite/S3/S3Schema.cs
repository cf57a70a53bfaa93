namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// S3's tables, in their own database file (`s3.db`) beside IAM's: keys compare as UTF-8 bytes (SQLite's
/// BINARY collation), which is S3's listing order. Times are Unix milliseconds.
/// </summary>
internal static class S3Schema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS s3_buckets(name TEXT PRIMARY KEY, owner TEXT NOT NULL, region TEXT NOT NULL, created INTEGER NOT NULL, policy TEXT, tags TEXT);
        CREATE INDEX IF NOT EXISTS s3_buckets_owner ON s3_buckets(owner, name);
        CREATE TABLE IF NOT EXISTS s3_objects(bucket TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL,
            modified INTEGER NOT NULL, headers TEXT NOT NULL, checksums TEXT, tags TEXT, PRIMARY KEY(bucket, key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS s3_uploads(id TEXT PRIMARY KEY, bucket TEXT NOT NULL, key TEXT NOT NULL, initiated INTEGER NOT NULL,
            initiator TEXT NOT NULL, headers TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS s3_uploads_bucket ON s3_uploads(bucket, key);
        CREATE TABLE IF NOT EXISTS s3_parts(upload TEXT NOT NULL, number INTEGER NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL,
            etag TEXT NOT NULL, modified INTEGER NOT NULL, PRIMARY KEY(upload, number)) WITHOUT ROWID;
        """;
}
