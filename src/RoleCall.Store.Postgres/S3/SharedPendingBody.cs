using RoleCall.S3.Bodies;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// A body being written to its temporary file in the shared directory; <see cref="Commit"/> flushes it to disk
/// (fsync), closes it and renames it into place. Unlike the embedded store's bodies (no fsync, matching SQLite at
/// synchronous=NORMAL), a body here is as durable as the PostgreSQL commit of the row that will name it, which
/// waits for the WAL fsync: a crash of the machine after PutObject answered must not leave a row without its bytes.
/// On a network file system the flush also pushes the bytes to the server before the row can name them.
/// </summary>
internal sealed class SharedPendingBody : IPendingBody
{
    private readonly string tempPath;
    private readonly string finalPath;
    private readonly string id;
    private readonly FileStream stream;
    private bool committed;

    public SharedPendingBody(string tempPath, string finalPath, string id)
    {
        this.tempPath = tempPath;
        this.finalPath = finalPath;
        this.id = id;
        stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
    }

    public Stream Stream => stream;

    public string Commit()
    {
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        try
        {
            File.Move(tempPath, finalPath, overwrite: true);
        }
        catch (IOException) when (!Directory.Exists(Path.GetDirectoryName(finalPath)))
        {
            // The first body of its shard (`ab/`); another replica may be making the same one: CreateDirectory does not mind.
            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            File.Move(tempPath, finalPath, overwrite: true);
        }

        committed = true;
        return id;
    }

    public void Dispose()
    {
        stream.Dispose();
        if (!committed)
        {
            File.Delete(tempPath);
        }
    }
}
