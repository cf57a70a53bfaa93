using System.Runtime.InteropServices;
using System.Text;

namespace RoleCall.Config.Editing;

/// <summary>
/// An exclusive advisory lock held across read-modify-write, so two concurrent <c>configure set</c> runs
/// serialize instead of losing an update. The edit replaces the file itself (rename), so a lock on the old
/// file would not stop the next writer. On Unix the lock is flock(2) on the directory the rename happens in
/// (the symlink's final target's directory): no lock file is left beside <c>config</c> and <c>credentials</c>,
/// where the AWS CLI leaves none either. On Windows, where a directory cannot be locked this way, it is a
/// share-mode lock on <c>&lt;file&gt;.lock</c>. Either way the OS releases it if the process dies.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int ErrnoAccessDenied = 13;

    private readonly IDisposable _held;

    private FileLock(IDisposable held) => _held = held;

    public static FileLock Acquire(string path, TimeSpan timeout, TimeProvider time)
    {
        var deadline = time.GetUtcNow() + timeout;
        var delay = 5;
        while (true)
        {
            if (TryAcquire(path) is { } held)
            {
                return new FileLock(held);
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw ConfigErrors.LockTimeout(path);
            }

            // Held by another writer: back off briefly (a write takes milliseconds).
            Thread.Sleep(delay);
            delay = Math.Min(delay * 2, 100);
        }
    }

    public void Dispose() => _held.Dispose();

    private static IDisposable? TryAcquire(string path) =>
        OperatingSystem.IsWindows() ? TryLockFileBeside(path) : TryLockDirectory(path);

    private static DirectoryHandle? TryLockDirectory(string path)
    {
        // A dangling symlink's target directory may not exist: lock the link's own directory, and let the write
        // report the missing one in a sentence.
        var target = Path.GetDirectoryName(Path.GetFullPath(AtomicFile.ResolveLinks(path)))!;
        var directory = Directory.Exists(target) ? target : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var handle = DirectoryHandle.Open(directory);
        if (Flock(handle.Descriptor, LockExclusive | LockNonBlocking) == 0)
        {
            return handle;
        }

        handle.Dispose();
        return null;
    }

    private static FileStream? TryLockFileBeside(string path)
    {
        var lockPath = path + ".lock";
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            return null;
        }
    }

    /// <summary>A read-only descriptor of a directory, closed on dispose (which releases its flock).</summary>
    private sealed class DirectoryHandle(int descriptor) : IDisposable
    {
        public int Descriptor { get; } = descriptor;

        public static DirectoryHandle Open(string directory)
        {
            var closeOnExec = OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;
            var descriptor = OpenPath(Encoding.UTF8.GetBytes(directory + "\0"), closeOnExec);
            if (descriptor >= 0)
            {
                return new DirectoryHandle(descriptor);
            }

            var errno = Marshal.GetLastPInvokeError();
            throw errno == ErrnoAccessDenied
                ? new UnauthorizedAccessException(directory)
                : new IOException($"cannot open {directory} to lock it (errno {errno})");
        }

        // close(2) failing on a read-only directory descriptor leaves nothing to undo: the lock goes with it.
        public void Dispose() => _ = Close(Descriptor);
    }

    // DllImport rather than LibraryImport: blittable arguments (a pinned byte[] path), and LibraryImport would
    // need AllowUnsafeBlocks for the whole project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenPath(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Flock(int descriptor, int operation);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
#pragma warning restore SYSLIB1054
}
