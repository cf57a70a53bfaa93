using RoleCall.S3;
using RoleCall.S3.Model;
using static RoleCall.Store.Postgres.S3.S3Rows;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// Multipart uploads: an upload row locks its bucket (KEY SHARE) when it is added; UploadPart takes a KEY SHARE
/// lock on its upload, Complete and Abort an UPDATE lock, so a part either lands before the completion reads the
/// parts, or finds the upload gone (NoSuchUpload) and names no body.
/// </summary>
public sealed partial class PostgresS3Store
{
    public void AddUpload(MultipartUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (NulCharacter.In(upload.Key))
        {
            throw NulCharacter.Refused(upload.Key);
        }

        db.Write(s =>
        {
            LockBucket(s, upload.Bucket);
            return s.Run($"INSERT INTO s3_uploads ({UploadColumns}) VALUES (@id, @b, @k, @i, @who, @h);",
                ("id", upload.UploadId), ("b", upload.Bucket), ("k", upload.Key), ("i", Millis(upload.Initiated)), ("who", upload.InitiatorArn), ("h", S3Json.Write(upload.Headers)));
        });
    }

    public MultipartUpload? FindUpload(string uploadId) => NulCharacter.In(uploadId) ? null : db.Read(s =>
        s.One($"SELECT {UploadColumns} FROM s3_uploads WHERE id = @id;", Upload, ("id", uploadId)));

    public string? PutPart(UploadPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        (string, object?)[] parameters =
            [("u", part.UploadId), ("n", part.PartNumber), ("body", part.BodyId), ("size", part.Size), ("etag", part.ETag), ("m", Millis(part.LastModified))];
        return db.Write(s =>
        {
            if (s.Scalar("SELECT count(*) FROM (SELECT 1 FROM s3_uploads WHERE id = @u FOR KEY SHARE) u;", parameters) == 0)
            {
                throw S3Errors.NoSuchUpload(part.UploadId);
            }

            return Upsert(
                () => s.One("SELECT body FROM s3_parts WHERE upload = @u AND number = @n FOR UPDATE;", r => r.GetString(0), parameters),
                () => s.Run("UPDATE s3_parts SET body = @body, size = @size, etag = @etag, modified = @m WHERE upload = @u AND number = @n;", parameters),
                () => s.Run($"INSERT INTO s3_parts ({PartColumns}) VALUES (@u, @n, @body, @size, @etag, @m) ON CONFLICT DO NOTHING;", parameters) == 1);
        });
    }

    public IReadOnlyList<UploadPart> ListParts(string uploadId) => NulCharacter.In(uploadId) ? [] : db.Read(s =>
        s.Rows($"SELECT {PartColumns} FROM s3_parts WHERE upload = @u ORDER BY number;", Part, ("u", uploadId)));

    public IReadOnlyList<string>? CompleteUpload(string uploadId, S3Object entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return db.Write(s =>
        {
            if (!LockUpload(s, uploadId))
            {
                return null;
            }

            var parts = s.Rows("SELECT body FROM s3_parts WHERE upload = @u;", r => r.GetString(0), ("u", uploadId)).ToHashSet(StringComparer.Ordinal);
            if (!entry.BodyIds.All(parts.Contains))
            {
                return null;
            }

            // The upload holds its bucket, which therefore still exists: no bucket lock needed beyond the foreign key.
            var unnamed = ReplaceObject(s, entry);
            parts.ExceptWith(entry.BodyIds);
            unnamed.AddRange(parts);
            DropUpload(s, uploadId);
            return (IReadOnlyList<string>?)unnamed;
        });
    }

    public IReadOnlyList<string> DeleteUpload(string uploadId) => db.Write(s =>
    {
        LockUpload(s, uploadId);
        return DropUpload(s, uploadId);
    });

    public IReadOnlyList<MultipartUpload> ListUploads(string bucket) => NulCharacter.In(bucket) ? [] : db.Read(s =>
        s.Rows($"SELECT {UploadColumns} FROM s3_uploads WHERE bucket = @b ORDER BY key, initiated;", Upload, ("b", bucket)));

    /// <summary>UPDATE lock on the upload row: every UploadPart in flight commits first, and none starts until this commits.</summary>
    private static bool LockUpload(PgSession s, string uploadId) =>
        s.Scalar("SELECT count(*) FROM (SELECT 1 FROM s3_uploads WHERE id = @u FOR UPDATE) u;", ("u", uploadId)) == 1;

    /// <summary>Deletes the upload and its parts; the parts' body ids.</summary>
    private static List<string> DropUpload(PgSession s, string uploadId)
    {
        var bodies = s.Rows("DELETE FROM s3_parts WHERE upload = @u RETURNING body;", r => r.GetString(0), ("u", uploadId));
        s.Run("DELETE FROM s3_uploads WHERE id = @u;", ("u", uploadId));
        return bodies;
    }
}
