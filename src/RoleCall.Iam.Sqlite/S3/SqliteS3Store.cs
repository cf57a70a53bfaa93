using RoleCall.S3.Model;
using RoleCall.S3.Store;
using static RoleCall.Iam.Sqlite.S3.S3Rows;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// <see cref="IS3Store"/> over SQLite: `DIR/s3.db` (WAL, durable against kill -9 once a write returns) or a
/// private in-memory database. Metadata only; the bytes are in <see cref="FileObjectBodies"/>.
/// </summary>
public sealed class SqliteS3Store : IS3Store, IDisposable
{
    public const string FileName = "s3.db";

    private readonly SqliteDatabase _db;

    // Listing pages until the next object write: a bucket listed again and again unchanged is answered without
    // reading its keys. At most 256 pages of up to 1,000 summaries are kept.
    private readonly WriteVersionedCache<(string Bucket, string Prefix, string? From, bool Inclusive, int Limit), IReadOnlyList<S3ObjectSummary>> _listings = new(capacity: 256);

    // Buckets by name (null for none) until the next bucket write: TryAddBucket, SaveBucket, TryDeleteBucket.
    // Every S3 request looks its bucket up, a PutObject twice; from the cache that is no SQL read at all.
    private readonly WriteVersionedCache<string, S3Bucket?> _buckets = new(capacity: 4096);

    // Concurrent PUTs' rows, committed together (see there).
    private readonly ObjectCommits _commits;

    private SqliteS3Store(SqliteDatabase db)
    {
        _db = db;
        _commits = new ObjectCommits(PutObjects, PutObject);
        _db.Write(s =>
        {
            s.Execute(S3Schema.Create);
            if (s.Scalar(S3Schema.HasSegments) == 0)
            {
                s.Execute(S3Schema.AddSegments);
            }

            return 0;
        });
    }

    /// <summary>Opens `DIR/s3.db`, the directory 0700 and the file 0600 (<see cref="DataDirectory"/>).</summary>
    public static SqliteS3Store Open(string dataDirectory)
    {
        DataDirectory.Prepare(dataDirectory, FileName);
        return new SqliteS3Store(SqliteDatabase.OpenFile(Path.Combine(dataDirectory, FileName)));
    }

    public static SqliteS3Store InMemory() => new(SqliteDatabase.OpenMemory());

    /// <summary>Every body id a row names (objects and multipart parts): the bodies that must survive a sweep.</summary>
    public IReadOnlySet<string> ReferencedBodies() => _db.Read(s =>
    {
        var named = s.Rows("SELECT body FROM s3_parts", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        foreach (var ids in s.Rows("SELECT body, segments FROM s3_objects", ObjectBodyIds))
        {
            named.UnionWith(ids);
        }

        return named;
    });

    public IReadOnlyList<S3Bucket> ListBuckets(string ownerAccount) => _db.Read(s =>
        s.Rows($"SELECT {BucketColumns} FROM s3_buckets WHERE owner = $o ORDER BY name", Bucket, ("$o", ownerAccount)));

    public S3Bucket? FindBucket(string name) => _buckets.GetOrLoad(name, () => _db.Read(s =>
        s.One($"SELECT {BucketColumns} FROM s3_buckets WHERE name = $n", Bucket, ("$n", name))));

    public bool TryAddBucket(S3Bucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return WriteBuckets(() => _db.Write(s => s.Run(
            $"INSERT OR IGNORE INTO s3_buckets({BucketColumns}) VALUES($n, $o, $r, $c, $p, $t)",
            ("$n", bucket.Name), ("$o", bucket.OwnerAccount), ("$r", bucket.Region), ("$c", Millis(bucket.CreatedAt)),
            ("$p", bucket.Policy), ("$t", Json(bucket.Tags))) == 1));
    }

    public void SaveBucket(S3Bucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        WriteBuckets(() => _db.Write(s => s.Run("UPDATE s3_buckets SET policy = $p, tags = $t WHERE name = $n",
            ("$n", bucket.Name), ("$p", bucket.Policy), ("$t", Json(bucket.Tags)))));
    }

    public bool TryDeleteBucket(string name) => WriteBuckets(() => _db.Write(s =>
    {
        var busy = s.Scalar("SELECT EXISTS(SELECT 1 FROM s3_objects WHERE bucket = $n) OR EXISTS(SELECT 1 FROM s3_uploads WHERE bucket = $n)", ("$n", name));
        return busy == 0 && s.Run("DELETE FROM s3_buckets WHERE name = $n", ("$n", name)) >= 0;
    }));

    public S3Object? FindObject(string bucket, string key) => _db.Read(s =>
        s.One($"SELECT {ObjectColumns} FROM s3_objects WHERE bucket = $b AND key = $k", Object, ("$b", bucket), ("$k", key)));

    public IReadOnlyList<string> PutObject(S3Object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteObjects(() => _db.Write(s =>
        {
            RequireBucket(s, entry.Bucket);
            return ReplaceObject(s, entry);
        }));
    }

    public Task<IReadOnlyList<string>> PutObjectAsync(S3Object entry, Lock writeLock)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _ = writeLock ?? throw new ArgumentNullException(nameof(writeLock));
        return _commits.PutAsync(entry, writeLock);
    }

    /// <summary>Several <see cref="PutObject"/>s in ONE transaction, in order; each one's replaced body ids. Any failure rolls back all.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> PutObjects(IReadOnlyList<S3Object> entries) => WriteObjects(() => _db.Write(s =>
    {
        var replaced = new List<IReadOnlyList<string>>(entries.Count);
        foreach (var entry in entries)
        {
            RequireBucket(s, entry.Bucket);
            replaced.Add(ReplaceObject(s, entry));
        }

        return replaced;
    }));

    public IReadOnlyList<string> DeleteObject(string bucket, string key) => WriteObjects(() => _db.Write(s =>
    {
        var previous = PreviousBodies(s, bucket, key);
        s.Run("DELETE FROM s3_objects WHERE bucket = $b AND key = $k", ("$b", bucket), ("$k", key));
        return previous;
    }));

    public IReadOnlyList<string>? CompleteUpload(string uploadId, S3Object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteObjects(() => _db.Write(s =>
        {
            var parts = s.Rows("SELECT body FROM s3_parts WHERE upload = $u", r => r.GetString(0), ("$u", uploadId)).ToHashSet(StringComparer.Ordinal);
            if (s.Scalar("SELECT COUNT(*) FROM s3_uploads WHERE id = $u", ("$u", uploadId)) == 0 || !entry.BodyIds.All(parts.Contains))
            {
                return null;
            }

            var unnamed = ReplaceObject(s, entry).ToList();
            parts.ExceptWith(entry.BodyIds);
            unnamed.AddRange(parts);
            s.Run("DELETE FROM s3_parts WHERE upload = $u", ("$u", uploadId));
            s.Run("DELETE FROM s3_uploads WHERE id = $u", ("$u", uploadId));
            return (IReadOnlyList<string>?)unnamed;
        }));
    }

    public IReadOnlyList<S3ObjectSummary> ListObjects(string bucket, string prefix, string? from, bool inclusive, int limit)
    {
        // key >= prefix uses the primary key; substr() keeps only keys that really start with it.
        var lower = from is not null && string.CompareOrdinal(from, prefix) > 0 ? from : prefix;
        var op = from is not null && lower == from && !inclusive ? ">" : ">=";
        return _listings.GetOrLoad((bucket, prefix, from, inclusive, limit), () => _db.Read(s => s.Rows(
            $"SELECT {SummaryColumns} FROM s3_objects WHERE bucket = $b AND key {op} $from AND substr(key, 1, length($p)) = $p ORDER BY key LIMIT $l",
            Summary, ("$b", bucket), ("$from", lower), ("$p", prefix), ("$l", limit))));
    }

    public void AddUpload(MultipartUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        _db.Write(s =>
        {
            RequireBucket(s, upload.Bucket);
            return s.Run($"INSERT INTO s3_uploads({UploadColumns}) VALUES($id, $b, $k, $i, $who, $h)",
                ("$id", upload.UploadId), ("$b", upload.Bucket), ("$k", upload.Key), ("$i", Millis(upload.Initiated)),
                ("$who", upload.InitiatorArn), ("$h", Json(upload.Headers)));
        });
    }

    public MultipartUpload? FindUpload(string uploadId) => _db.Read(s =>
        s.One($"SELECT {UploadColumns} FROM s3_uploads WHERE id = $id", Upload, ("$id", uploadId)));

    public string? PutPart(UploadPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return _db.Write(s =>
        {
            if (s.Scalar("SELECT COUNT(*) FROM s3_uploads WHERE id = $u", ("$u", part.UploadId)) == 0)
            {
                throw RoleCall.S3.S3Errors.NoSuchUpload(part.UploadId);
            }

            var previous = s.One("SELECT body FROM s3_parts WHERE upload = $u AND number = $n", r => r.GetString(0), ("$u", part.UploadId), ("$n", part.PartNumber));
            s.Run($"INSERT OR REPLACE INTO s3_parts({PartColumns}) VALUES($u, $n, $body, $size, $etag, $m)",
                ("$u", part.UploadId), ("$n", part.PartNumber), ("$body", part.BodyId), ("$size", part.Size), ("$etag", part.ETag), ("$m", Millis(part.LastModified)));
            return previous;
        });
    }

    public IReadOnlyList<UploadPart> ListParts(string uploadId) => _db.Read(s =>
        s.Rows($"SELECT {PartColumns} FROM s3_parts WHERE upload = $u ORDER BY number", Part, ("$u", uploadId)));

    public IReadOnlyList<string> DeleteUpload(string uploadId) => _db.Write(s =>
    {
        var bodies = s.Rows("SELECT body FROM s3_parts WHERE upload = $u", r => r.GetString(0), ("$u", uploadId));
        s.Run("DELETE FROM s3_parts WHERE upload = $u", ("$u", uploadId));
        s.Run("DELETE FROM s3_uploads WHERE id = $u", ("$u", uploadId));
        return bodies;
    });

    public IReadOnlyList<MultipartUpload> ListUploads(string bucket) => _db.Read(s =>
        s.Rows($"SELECT {UploadColumns} FROM s3_uploads WHERE bucket = $b ORDER BY key, initiated", Upload, ("$b", bucket)));

    public void Dispose() => _db.Dispose();

    /// <summary>The check-then-act of a row under a bucket, inside its write transaction: NoSuchBucket when the bucket is gone.</summary>
    private static void RequireBucket(DbSession s, string bucket)
    {
        if (s.Scalar("SELECT COUNT(*) FROM s3_buckets WHERE name = $b", ("$b", bucket)) == 0)
        {
            throw RoleCall.S3.S3Errors.NoSuchBucket(bucket);
        }
    }

    // Writes the object row; returns the bodies the row it replaced named and the new one does not.
    private static List<string> ReplaceObject(DbSession s, S3Object entry)
    {
        var previous = PreviousBodies(s, entry.Bucket, entry.Key);
        var (body, segments) = BodyColumns(entry.Body);
        s.Run($"INSERT OR REPLACE INTO s3_objects({ObjectColumns}) VALUES($b, $k, $body, $size, $etag, $m, $h, $c, $t, $s)",
            ("$b", entry.Bucket), ("$k", entry.Key), ("$body", body), ("$size", entry.Size), ("$etag", entry.ETag),
            ("$m", Millis(entry.LastModified)), ("$h", Json(entry.Headers)), ("$c", Json(entry.Checksums)), ("$t", Json(entry.Tags)), ("$s", segments));
        previous.RemoveAll(entry.BodyIds.Contains);
        return previous;
    }

    private static List<string> PreviousBodies(DbSession s, string bucket, string key) =>
        s.One("SELECT body, segments FROM s3_objects WHERE bucket = $b AND key = $k", ObjectBodyIds, ("$b", bucket), ("$k", key))?.ToList() ?? [];

    private static IEnumerable<string> ObjectBodyIds(Microsoft.Data.Sqlite.SqliteDataReader r) => BodyIds(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1));

    /// <summary>A write to s3_buckets; cached buckets are dropped after it, whether it committed or not.</summary>
    private T WriteBuckets<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        finally
        {
            _buckets.Invalidate();
        }
    }

    /// <summary>A write to s3_objects; cached listings are dropped after it, whether it committed or not.</summary>
    private T WriteObjects<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        finally
        {
            _listings.Invalidate();
        }
    }
}
