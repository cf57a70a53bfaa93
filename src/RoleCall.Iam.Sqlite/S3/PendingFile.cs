using RoleCall.S3.Bodies;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// A body being written to its temporary file; <see cref="Commit"/> closes and renames it into place.
/// Durability (issue 11, PutObject at 20x moto): no fsync. An acknowledged object survives a crash of serve
/// (`kill -9`, the OOM killer): the bytes are in the OS page cache, which outlives the process, and the rename
/// is atomic, so a crash shows the whole body or none. It is not promised to survive an OS crash or power loss,
/// exactly like the metadata row (SQLite WAL with synchronous=NORMAL, see SqliteDatabase). An fsync per body cost
/// a journal commit per PutObject (2.7k puts/s at 8 connections) and paced 1 GiB uploads at the disk's flush speed.
/// Large slices skip the page cache (O_DIRECT, <see cref="BodyFileStream"/>): they are on the device once written.
/// The file is a new one in `tmp/`, or a recycled one in `free/` written over (<see cref="RecycledFiles"/>): either
/// way it gets its body id only by the rename, after every byte is written and the file is cut to their length.
/// </summary>
internal sealed class PendingFile : IPendingBody
{
    private readonly string _tempPath;
    private readonly string _finalPath;
    private readonly string _id;
    private readonly BodyFileStream _stream;
    private bool _committed;

    public PendingFile(string tempPath, string finalPath, string id)
    {
        _tempPath = tempPath;
        _finalPath = finalPath;
        _id = id;
        _stream = new BodyFileStream(tempPath);
    }

    /// <summary>Writes over <paramref name="recycled"/> instead of creating a file.</summary>
    public PendingFile(RecycledFile recycled, string finalPath, string id)
    {
        _tempPath = recycled.Path;
        _finalPath = finalPath;
        _id = id;
        _stream = new BodyFileStream(recycled.Path, recycled.Length);
    }

    public Stream Stream => _stream;

    public string Commit()
    {
        // Complete before it becomes visible: every byte is written (page cache) and a recycled file cut to their
        // length before the rename.
        _stream.Complete();
        _stream.Dispose();
        // Ids are fresh GUIDs, so nothing is overwritten: overwrite: true only makes File.Move a plain rename(2)
        // (without it .NET first checks that the destination does not exist).
        try
        {
            File.Move(_tempPath, _finalPath, overwrite: true);
        }
        catch (IOException) when (!Directory.Exists(Path.GetDirectoryName(_finalPath)))
        {
            // The first body of its shard (`ab/`): made once, not checked on every commit.
            Directory.CreateDirectory(Path.GetDirectoryName(_finalPath)!);
            File.Move(_tempPath, _finalPath, overwrite: true);
        }

        _committed = true;
        return _id;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_committed)
        {
            File.Delete(_tempPath);
        }
    }
}
