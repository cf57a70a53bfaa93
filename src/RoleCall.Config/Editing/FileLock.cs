namespace RoleCall.Config.Editing;

/// <summary>
/// An exclusive advisory lock on <c>&lt;file&gt;.lock</c> beside the file being edited, held across
/// read-modify-write so two concurrent <c>configure set</c> runs serialize instead of losing an update.
/// A separate lock file is needed because the edit replaces the file itself (rename), so a lock on the old
/// file would not stop the next writer. .NET maps FileShare.None to flock(LOCK_EX) on Unix and to a
/// share-mode lock on Windows; the OS releases it if the process dies, so a stale lock file is harmless.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static FileLock Acquire(string path, TimeSpan timeout, TimeProvider time)
    {
        var lockPath = path + ".lock";
        var deadline = time.GetUtcNow() + timeout;
        var delay = 5;
        while (true)
        {
            try
            {
                var options = new FileStreamOptions
                {
                    Mode = FileMode.OpenOrCreate,
                    Access = FileAccess.ReadWrite,
                    Share = FileShare.None,
                };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                return new FileLock(new FileStream(lockPath, options));
            }
            catch (IOException) when (time.GetUtcNow() < deadline && File.Exists(lockPath))
            {
                // Held by another writer: back off briefly (a write takes milliseconds).
                Thread.Sleep(delay);
                delay = Math.Min(delay * 2, 100);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                throw ConfigErrors.LockTimeout(path);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
