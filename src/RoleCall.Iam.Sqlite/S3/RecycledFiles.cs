using System.Collections.Concurrent;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// Small deleted body files kept in `ROOT/free/` and written over by the next new body, instead of an unlink now
/// and a new inode then (issue 11, PutObject of 4 KiB at 20x moto). On ext4 without a journal (this project's VM)
/// the inode allocator skips every inode freed within the last dirty-expire interval (`recently_deleted`, 30 s),
/// reading its inode-table entry for each: under a stream of PUTs that replace objects, each create scanned tens
/// of thousands of them, 250-400 µs of kernel CPU per PUT (half the server's CPU, `perf`), against about 40 µs
/// for a rename into `free/` and a rename out of it. A recycled file is never visible under a body id: it is
/// renamed into place only after it was written through and cut to the new length (<see cref="PendingFile"/>),
/// and what `free/` holds after a crash is reused the same way, never read. Bounded: at most
/// <see cref="MaxFiles"/> files of at most <see cref="MaxBytes"/> each; larger or surplus bodies are unlinked.
/// A deleted object's old bytes stay in its recycled file until that is reused, as they stay in the freed blocks
/// of an unlinked one.
/// </summary>
internal sealed class RecycledFiles
{
    /// <summary>Enough for the bodies replaced by one second of 4 KiB PUTs; beyond it, deletes unlink.</summary>
    public const int MaxFiles = 1024;

    /// <summary>Only small bodies are kept: a recycled file holds its blocks (64 MiB for a full pool at most).</summary>
    public const long MaxBytes = 64 * 1024;

    private readonly string _directory;
    private readonly ConcurrentQueue<RecycledFile> _files = new();
    private int _count;

    /// <summary>Opens `free/`, creating it, and takes up the files a previous run left there (up to the bound).</summary>
    public RecycledFiles(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
        {
            if (_count < MaxFiles && file.Length <= MaxBytes)
            {
                _files.Enqueue(new RecycledFile(file.FullName, file.Length));
                _count++;
            }
            else
            {
                file.Delete();
            }
        }
    }

    /// <summary>How many files are waiting to be reused.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>A file to write a new body into (its old bytes are garbage), or false when none is kept.</summary>
    public bool TryTake(out RecycledFile file)
    {
        if (_files.TryDequeue(out file))
        {
            Interlocked.Decrement(ref _count);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Moves a body file that nothing names or reads any more into the pool; false (nothing moved) when it is too
    /// large or the pool is full, and the caller deletes it instead.
    /// </summary>
    public bool TryKeep(string path, long length)
    {
        if (length > MaxBytes)
        {
            return false;
        }

        if (Interlocked.Increment(ref _count) > MaxFiles)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        var kept = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        try
        {
            File.Move(path, kept, overwrite: true);
        }
        catch (IOException)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        _files.Enqueue(new RecycledFile(kept, length));
        return true;
    }
}
