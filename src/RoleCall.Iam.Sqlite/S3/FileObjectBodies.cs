using RoleCall.S3.Bodies;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// Object bodies as files: `ROOT/tmp/ID` while being written, then closed and renamed to `ROOT/ab/ID` (a
/// rename within one file system is atomic), so a crash of serve leaves either no body or a whole one, never
/// half of one (what survives an OS crash: see <see cref="PendingFile"/>). Temporary files left by a crash are removed when the directory is opened.
/// A deleted small body nobody reads is moved to `ROOT/free/` and written over by a later body instead of unlinked
/// (<see cref="RecycledFiles"/>, <see cref="BodyReaders"/>): creating a file right after deleting one is what cost
/// a replacing PUT most of its time on ext4.
/// Owns the directory when <see cref="DeleteOnDispose"/> (`--in-memory`: a temporary directory removed at exit).
/// </summary>
public sealed class FileObjectBodies : IObjectBodies, IDisposable
{
    private readonly string _root;
    private readonly string _temp;
    private readonly RecycledFiles _recycled;
    private readonly BodyReaders _readers = new();

    public FileObjectBodies(string root, bool deleteOnDispose = false)
    {
        _root = root;
        _temp = Path.Combine(root, "tmp");
        DeleteOnDispose = deleteOnDispose;
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }

        Directory.CreateDirectory(_temp);
        _recycled = new RecycledFiles(Path.Combine(root, "free"));
    }

    public bool DeleteOnDispose { get; }

    /// <summary>
    /// Deletes the committed bodies no row names: left by a crash between a body's rename and its row, or
    /// between a row's replacement and the old body's deletion. Call once at open, before any request.
    /// </summary>
    /// <returns>How many bodies were removed.</returns>
    public int RemoveUnreferenced(IReadOnlySet<string> referenced)
    {
        ArgumentNullException.ThrowIfNull(referenced);
        var removed = 0;
        foreach (var directory in Directory.EnumerateDirectories(_root))
        {
            var name = Path.GetFileName(directory);
            if (name.Length != 2 || !name.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory))
            {
                var id = Path.GetFileName(file);
                if (IsBodyId(id) && id.StartsWith(name, StringComparison.Ordinal) && !referenced.Contains(id))
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>A fresh temporary directory for `--in-memory`, deleted on dispose.</summary>
    public static FileObjectBodies Temporary() =>
        new(Path.Combine(Path.GetTempPath(), "rolecall-s3-" + Guid.NewGuid().ToString("N")), deleteOnDispose: true);

    public IPendingBody Create()
    {
        var id = Guid.NewGuid().ToString("N");
        while (_recycled.TryTake(out var recycled))
        {
            try
            {
                return new PendingFile(recycled, FinalPath(id), id);
            }
            catch (IOException)
            {
                // Gone or unusable (removed from `free/` by hand): the next one, or a new file.
            }
        }

        return new PendingFile(Path.Combine(_temp, id), FinalPath(id), id);
    }

    /// <summary>How many deleted bodies wait in `free/` to be written over.</summary>
    public int RecycledCount => _recycled.Count;

    /// <summary>At most this many deleted bodies are kept for reuse (<see cref="RecycledFiles"/>).</summary>
    public static int MaxRecycledFiles => RecycledFiles.MaxFiles;

    /// <summary>Deleted bodies larger than this are unlinked, not kept.</summary>
    public static long MaxRecycledBytes => RecycledFiles.MaxBytes;

    public Stream OpenRead(string bodyId)
    {
        var path = FinalPath(bodyId);
        if (!_readers.TryEnter(bodyId))
        {
            // Being deleted right now: as if the delete had come first.
            throw new FileNotFoundException("The object body was deleted.", path);
        }

        try
        {
            return new BodyReadStream(path, () => _readers.Exit(bodyId));
        }
        catch
        {
            _readers.Exit(bodyId);
            throw;
        }
    }

    public void Delete(string bodyId)
    {
        var path = FinalPath(bodyId);
        try
        {
            if (!_readers.TryClaim(bodyId))
            {
                // Still read: unlinked, the file lives on for the open handle.
                File.Delete(path);
                return;
            }

            try
            {
                if (!_recycled.TryKeep(path, new FileInfo(path).Length))
                {
                    File.Delete(path);
                }
            }
            finally
            {
                _readers.Release(bodyId);
            }
        }
        catch (IOException)
        {
            // An orphan file wastes space but breaks nothing: no row names it. (A missing one is no error.)
        }
    }

    public void Dispose()
    {
        if (DeleteOnDispose && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string FinalPath(string id)
    {
        // Ids are our own 32-hex GUIDs; anything else must never become a path.
        if (!IsBodyId(id))
        {
            throw new ArgumentException("Not a body id.", nameof(id));
        }

        return Path.Combine(_root, id[..2], id);
    }

    private static bool IsBodyId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
