using RoleCall.S3;
using RoleCall.S3.Model;
using RoleCall.S3.Store;
using static RoleCall.Store.Postgres.S3.S3Rows;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// <see cref="IS3Store"/> over PostgreSQL, shared by every replica; the bodies are files in the directory all
/// replicas mount (<see cref="SharedBodyDirectory"/>). Races between replicas are decided by the database, each
/// write one transaction at READ COMMITTED:
/// - a bucket name is the primary key, so two replicas creating one name get one true and one false;
/// - a write that adds a row under a bucket (PutObject, CompleteUpload, CreateMultipartUpload) first takes a
///   KEY SHARE lock on the bucket row, and DeleteBucket an UPDATE lock before it checks for objects: whichever
///   comes second sees the other's commit (a refused put: NoSuchBucket; a refused delete: false, BucketNotEmpty);
///   foreign keys back this up. UploadPart and CompleteUpload/Abort do the same on the upload row;
/// - a replaced object's or part's old bodies are read under the row's lock, so two replicas replacing one key
///   at once each return exactly the bodies they unnamed.
/// Buckets are cached per replica in <see cref="buckets"/> (every S3 request looks its bucket up), invalidated by
/// every replica's bucket writes through NOTIFY on <see cref="Channel"/> (and the version check on read behind
/// it, <see cref="VersionCheck"/>), and by this replica's own at once.
/// Objects, uploads and listings are not cached: they change on every PUT.
/// </summary>
public sealed partial class PostgresS3Store : IS3Store, IDisposable
{
    internal const string Channel = "rolecall_s3";

    private readonly PostgresBackend backend;
    private readonly PostgresDatabase db;
    private readonly ChangeListener changes;
    private readonly SharedCache buckets;

    public PostgresS3Store(PostgresBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        this.backend = backend.Lease();
        db = backend.Db;
        changes = new ChangeListener(db.Source, backend.ListenSource, Channel);
        buckets = new SharedCache(changes, capacity: 4096);
        changes.WaitUntilListening(TimeSpan.FromSeconds(5));
    }

    public IReadOnlyList<S3Bucket> ListBuckets(string ownerAccount) => db.Read(s =>
        s.Rows($"SELECT {BucketColumns} FROM s3_buckets WHERE owner = @o ORDER BY name;", Bucket, ("o", ownerAccount)));

    public S3Bucket? FindBucket(string name) => NulCharacter.In(name) ? null : buckets.Get(name, () => db.Read(s =>
        s.One($"SELECT {BucketColumns} FROM s3_buckets WHERE name = @n;", Bucket, ("n", name))));

    public bool TryAddBucket(S3Bucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return ChangeBuckets(s => s.Run($"INSERT INTO s3_buckets ({BucketColumns}) VALUES (@n, @o, @r, @c, @p, @t) ON CONFLICT (name) DO NOTHING;",
            ("n", bucket.Name), ("o", bucket.OwnerAccount), ("r", bucket.Region), ("c", Millis(bucket.CreatedAt)), ("p", bucket.Policy), ("t", S3Json.Write(bucket.Tags))) == 1);
    }

    public void SaveBucket(S3Bucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ChangeBuckets(s => s.Run("UPDATE s3_buckets SET policy = @p, tags = @t WHERE name = @n;",
            ("n", bucket.Name), ("p", bucket.Policy), ("t", S3Json.Write(bucket.Tags))));
    }

    public bool TryDeleteBucket(string name) => PostgresErrors.GuardForeignKey(() => ChangeBuckets(s =>
    {
        // The UPDATE lock waits for every put holding the bucket's KEY SHARE lock, so the check below sees their objects.
        if (s.Scalar("SELECT count(*) FROM (SELECT 1 FROM s3_buckets WHERE name = @n FOR UPDATE) b;", ("n", name)) == 0)
        {
            return true;
        }

        var busy = s.Scalar("SELECT (EXISTS (SELECT 1 FROM s3_objects WHERE bucket = @n) OR EXISTS (SELECT 1 FROM s3_uploads WHERE bucket = @n))::int;", ("n", name));
        return busy == 0 && s.Run("DELETE FROM s3_buckets WHERE name = @n;", ("n", name)) >= 0;
    }), onViolation: false);

    public S3Object? FindObject(string bucket, string key) => NulCharacter.In(key) ? null : db.Read(s =>
        s.One($"SELECT {ObjectColumns} FROM s3_objects WHERE bucket = @b AND key = @k;", Object, ("b", bucket), ("k", key)));

    public IReadOnlyList<string> PutObject(S3Object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (NulCharacter.In(entry.Key))
        {
            throw NulCharacter.Refused(entry.Key);
        }

        return db.Write(s =>
        {
            LockBucket(s, entry.Bucket);
            return ReplaceObject(s, entry);
        });
    }

    public IReadOnlyList<string> DeleteObject(string bucket, string key) => NulCharacter.In(key) ? [] : db.Write(s =>
        s.One("DELETE FROM s3_objects WHERE bucket = @b AND key = @k RETURNING bodies;", r => r.GetFieldValue<string[]>(0), ("b", bucket), ("k", key)) ?? []);

    public IReadOnlyList<S3ObjectSummary> ListObjects(string bucket, string prefix, string? from, bool inclusive, int limit)
    {
        if (NulCharacter.In(prefix))
        {
            return [];
        }

        if (NulCharacter.In(from))
        {
            // No stored key holds U+0000, so the keys after "a\0b" are those from "a\u0001" on.
            (from, inclusive) = (from[..from.IndexOf('\0', StringComparison.Ordinal)] + "\u0001", true);
        }

        // key >= the lower bound walks the primary key in order; starts_with keeps the keys under the prefix.
        var lower = from is not null && string.CompareOrdinal(from, prefix) > 0 ? from : prefix;
        var op = from is not null && lower == from && !inclusive ? ">" : ">=";
        return db.Read(s => s.Rows(
            $"SELECT {SummaryColumns} FROM s3_objects WHERE bucket = @b AND key {op} @from AND starts_with(key, @p) ORDER BY key LIMIT @l;",
            Summary, ("b", bucket), ("from", lower), ("p", prefix), ("l", limit)));
    }

    /// <summary>
    /// The replica's view of the shared body directory <paramref name="root"/> (refused when it is not the one the
    /// other replicas use), swept of orphans now and every <paramref name="sweepInterval"/> (default: hourly).
    /// </summary>
    public SharedBodyDirectory OpenBodies(string root, TimeSpan? sweepInterval = null)
    {
        Directory.CreateDirectory(root);
        BodyDirectoryMark.Check(db, root);
        var bodies = new SharedBodyDirectory(root);
        bodies.StartSweeping(ReferencedBodies, sweepInterval ?? TimeSpan.FromHours(1));
        return bodies;
    }

    /// <summary>
    /// Every body id a row names (objects' segments and multipart parts), read in ONE statement, so a body that a
    /// completion moves from a part to an object is seen on one side or the other: what a sweep must keep.
    /// </summary>
    public IReadOnlySet<string> ReferencedBodies() => db.Read(s =>
        s.Rows("SELECT unnest(bodies) FROM s3_objects UNION ALL SELECT body FROM s3_parts;", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal));

    public void Dispose()
    {
        changes.Dispose();
        backend.Dispose();
    }

    /// <summary>KEY SHARE on the bucket row until commit (a DeleteBucket waits), or NoSuchBucket when it is gone.</summary>
    private static void LockBucket(PgSession s, string bucket)
    {
        if (s.Scalar("SELECT count(*) FROM (SELECT 1 FROM s3_buckets WHERE name = @b FOR KEY SHARE) b;", ("b", bucket)) == 0)
        {
            throw S3Errors.NoSuchBucket(bucket);
        }
    }

    // Writes the object row; returns the bodies the row it replaced named and the new one does not.
    private static List<string> ReplaceObject(PgSession s, S3Object entry)
    {
        var parameters = ObjectParameters(entry);
        var previous = Upsert(
            () => s.One("SELECT bodies FROM s3_objects WHERE bucket = @bucket AND key = @key FOR UPDATE;", r => r.GetFieldValue<string[]>(0), parameters),
            () => s.Run("""
                UPDATE s3_objects SET bodies = @bodies, sizes = @sizes, size = @size, etag = @etag, modified = @modified, headers = @headers,
                    checksums = @checksums, tags = @tags WHERE bucket = @bucket AND key = @key;
                """, parameters),
            () => s.Run($"INSERT INTO s3_objects ({ObjectColumns}) VALUES (@bucket, @key, @bodies, @sizes, @size, @etag, @modified, @headers, @checksums, @tags) ON CONFLICT DO NOTHING;", parameters) == 1);
        var unnamed = (previous ?? []).ToList();
        unnamed.RemoveAll(entry.BodyIds.Contains);
        return unnamed;
    }

    /// <summary>
    /// Replaces a row, returning what <paramref name="lockCurrent"/> read of the one replaced (locked: a concurrent
    /// replacement waits, and this one then reads its result), or inserts it (null). An insert that meets a row
    /// another replica inserted meanwhile (ON CONFLICT DO NOTHING wrote nothing) goes round again and replaces it.
    /// </summary>
    private static T? Upsert<T>(Func<T?> lockCurrent, Func<int> update, Func<bool> insert)
        where T : class
    {
        while (true)
        {
            if (lockCurrent() is { } current)
            {
                update();
                return current;
            }

            if (insert())
            {
                return null;
            }
        }
    }

    /// <summary>
    /// A write to s3_buckets: bumps the change counter and notifies every replica at commit (the counter also
    /// serves their version check on read), and drops this replica's cached buckets as soon as it returns.
    /// </summary>
    private T ChangeBuckets<T>(Func<PgSession, T> work) => changes.Write(db, work);
}
