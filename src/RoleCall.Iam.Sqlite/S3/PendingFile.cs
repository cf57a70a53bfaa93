using RoleCall.S3.Bodies;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>A body being written to its temporary file; <see cref="Commit"/> fsyncs and renames it into place.</summary>
internal sealed class PendingFile : IPendingBody
{
    private readonly string _tempPath;
    private readonly string _finalPath;
    private readonly string _id;
    private readonly FileStream _stream;
    private bool _committed;

    public PendingFile(string tempPath, string finalPath, string id)
    {
        _tempPath = tempPath;
        _finalPath = finalPath;
        _id = id;
        _stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
    }

    public Stream Stream => _stream;

    public string Commit()
    {
        // Durable before it becomes visible: the rename must not overtake the data on its way to disk.
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        Directory.CreateDirectory(Path.GetDirectoryName(_finalPath)!);
        File.Move(_tempPath, _finalPath);
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
