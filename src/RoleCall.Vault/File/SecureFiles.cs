namespace RoleCall.Vault.File;

/// <summary>
/// Owner-only files: directories 0700, files 0600, written to a temporary file, flushed and renamed into place
/// so a reader (or a crash) sees the old content or the new, never half.
/// </summary>
public static class SecureFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode DirectoryMode = FileMode | UnixFileMode.UserExecute;

    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, DirectoryMode);
        var mode = System.IO.File.GetUnixFileMode(path);
        if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0)
        {
            throw VaultErrors.UnsafePermissions(path, mode);
        }
    }

    /// <summary>Writes atomically; with <paramref name="overwrite"/> false an existing file wins and false is returned.</summary>
    public static bool Write(string path, ReadOnlySpan<byte> content, bool overwrite = true)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite)
            {
                System.IO.File.Move(temporary, path, overwrite: true);
                return true;
            }

            try
            {
                System.IO.File.Move(temporary, path, overwrite: false);
                return true;
            }
            catch (IOException) when (System.IO.File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }
    }
}
