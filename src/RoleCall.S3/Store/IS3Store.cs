using RoleCall.S3.Model;

namespace RoleCall.S3.Store;

/// <summary>
/// Where S3's metadata lives (SQLite by default). Keys order by their UTF-8 bytes, as S3 lists them. Methods
/// that replace or remove a row return the body ids it named and nothing names any more, so the caller can
/// delete those bodies after the row change is durable (never before: a crash must not leave a row without
/// its body). An object names one body, or several (<see cref="S3Object.Body"/>: a completed multipart upload
/// keeps its parts' bodies), and a body is named by exactly one row at a time: an object's or a part's.
/// A store shared by several processes decides their races itself (S3's lock is per process): a row under a
/// bucket or upload that is gone is refused with NoSuchBucket / NoSuchUpload (an <c>AwsServiceException</c>),
/// inside the transaction that writes it; the contract tests hold SQLite and PostgreSQL to it.
/// </summary>
public interface IS3Store
{
    IReadOnlyList<S3Bucket> ListBuckets(string ownerAccount);

    S3Bucket? FindBucket(string name);

    /// <summary>False when a bucket of that name exists (in any account).</summary>
    bool TryAddBucket(S3Bucket bucket);

    /// <summary>Rewrites a bucket's policy and tags.</summary>
    void SaveBucket(S3Bucket bucket);

    /// <summary>Deletes an empty bucket; false when it still holds objects or uploads.</summary>
    bool TryDeleteBucket(string name);

    S3Object? FindObject(string bucket, string key);

    /// <summary>Adds or replaces; returns the replaced object's body ids (empty when there was none).</summary>
    IReadOnlyList<string> PutObject(S3Object entry);

    /// <summary>
    /// <see cref="PutObject"/> for a PUT, holding <paramref name="writeLock"/> (S3's process lock) while it writes. A
    /// store may commit concurrent calls together (SQLite: one transaction for all, see its ObjectCommits); each task
    /// completes once its own row is committed, with its replaced body ids, or faults with its own error.
    /// </summary>
    Task<IReadOnlyList<string>> PutObjectAsync(S3Object entry, Lock writeLock)
    {
        _ = writeLock ?? throw new ArgumentNullException(nameof(writeLock));
        lock (writeLock)
        {
            return Task.FromResult(PutObject(entry));
        }
    }

    /// <summary>Removes; returns the removed object's body ids (empty when there was none).</summary>
    IReadOnlyList<string> DeleteObject(string bucket, string key);

    /// <summary>
    /// The summaries of up to <paramref name="limit"/> objects whose keys start with <paramref name="prefix"/>, in key order,
    /// from <paramref name="from"/> on (exclusive, or inclusive when <paramref name="inclusive"/>).
    /// </summary>
    IReadOnlyList<S3ObjectSummary> ListObjects(string bucket, string prefix, string? from, bool inclusive, int limit);

    void AddUpload(MultipartUpload upload);

    MultipartUpload? FindUpload(string uploadId);

    /// <summary>Adds or replaces a part; returns the replaced part's body id.</summary>
    string? PutPart(UploadPart part);

    IReadOnlyList<UploadPart> ListParts(string uploadId);

    /// <summary>
    /// CompleteMultipartUpload's commit, in ONE transaction: the object <paramref name="entry"/> (whose body
    /// segments are parts' bodies of the upload) replaces any object under its key, and the upload and all its
    /// part rows go. Until this commits the parts belong to the upload (an Abort deletes them); after it, to the
    /// object. Returns the body ids nothing names any more (the replaced object's, the parts left out), or null,
    /// changing nothing, when the upload is gone or a segment is not the current body of one of its parts.
    /// </summary>
    IReadOnlyList<string>? CompleteUpload(string uploadId, S3Object entry);

    /// <summary>Removes an upload and its parts; returns the parts' body ids.</summary>
    IReadOnlyList<string> DeleteUpload(string uploadId);

    IReadOnlyList<MultipartUpload> ListUploads(string bucket);
}
