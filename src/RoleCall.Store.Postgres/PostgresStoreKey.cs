using System.Security.Cryptography;
using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres;

/// <summary>
/// The key that seals the store's secrets, in a file of 32 random bytes (0600) that every replica must have a
/// copy of: by default `~/.rolecall/postgres.key`, created by the first replica that finds none. It is kept
/// out of the database on purpose, so that a dump, a backup or read access to the tables reveals no secret;
/// the database holds one value sealed with it (`rolecall_secret_check`), so a replica started with another
/// key refuses to start instead of failing on the first signed request.
/// </summary>
public static class PostgresStoreKey
{
    /// <summary>Reads the key file, creating it (owner-only) when absent.</summary>
    public static byte[] LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw Unusable(path, "it is a directory");
        }

        try
        {
            return Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(path, SystemFailureText.Of(e));
        }
    }

    private static ConfigurationException Unusable(string path, string reason) =>
        new($"serve: cannot use the store key file {path}: {reason}",
            "point ROLECALL_STORE_KEY_FILE at a readable file (the first replica's copy), or at a path in a writable directory for a new key");

    private static byte[] Load(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        var key = File.ReadAllBytes(path);
        return key.Length == PostgresSecretSealer.KeyBytes ? key
            : throw new ConfigurationException($"serve: the store key file {path} holds {key.Length} bytes, not {PostgresSecretSealer.KeyBytes}",
                "copy the key file of the first replica (every replica needs the same one), or point ROLECALL_STORE_KEY_FILE at it");
    }

    /// <summary>
    /// Writes a new key beside the path and renames it into place, so no replica ever reads a half-written key
    /// (a crash mid-write leaves only the temporary file); when another replica on this machine won the race,
    /// its key is kept and this one dropped.
    /// </summary>
    private static void Create(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var pending = $"{full}.tmp-{Guid.NewGuid():N}";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var file = new FileStream(pending, options))
            {
                file.Write(RandomNumberGenerator.GetBytes(PostgresSecretSealer.KeyBytes));
                file.Flush(flushToDisk: true);
            }

            File.Move(pending, full, overwrite: false);
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another replica on this machine created it first: use theirs.
        }
        finally
        {
            File.Delete(pending);
        }
    }
}
