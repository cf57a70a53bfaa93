namespace RoleCall.Iam.Sqlite;

/// <summary>
/// The data directory's permissions: the directory 0700 and every file in it 0600 (rolecall.db, sessions.db,
/// their -wal and -shm, rolecall.key), whatever the umask. The database files are created empty with 0600
/// before SQLite opens them, because SQLite gives its -wal and -shm files the mode of their database file;
/// a directory an older RoleCall created 0755 with 0644 files is tightened on open (issue 17, item 5).
/// </summary>
internal static class DataDirectory
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Creates or tightens the directory and the database files it will hold.</summary>
    public static void Prepare(string directory, params string[] databaseFiles)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        File.SetUnixFileMode(directory, OwnerOnlyDirectory);
        foreach (var name in databaseFiles)
        {
            var path = Path.Combine(directory, name);
            CreateOwnerOnly(path);
            foreach (var suffix in Suffixes)
            {
                if (File.Exists(path + suffix))
                {
                    File.SetUnixFileMode(path + suffix, OwnerOnlyFile);
                }
            }
        }
    }

    /// <summary>Creates an empty file readable and writable by its owner only, unless it exists.</summary>
    public static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OwnerOnlyFile,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; Prepare tightens its mode.
        }

        // The umask can only remove bits from 0600, never add; set it anyway so the mode is exactly 0600.
        File.SetUnixFileMode(path, OwnerOnlyFile);
    }
}
