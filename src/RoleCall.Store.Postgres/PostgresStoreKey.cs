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
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new FileStream(path, options);
                file.Write(RandomNumberGenerator.GetBytes(PostgresSecretSealer.KeyBytes));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another replica on this machine created it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        return key.Length == PostgresSecretSealer.KeyBytes ? key
            : throw new ConfigurationException($"serve: the store key file {path} holds {key.Length} bytes, not {PostgresSecretSealer.KeyBytes}",
                "copy the key file of the first replica (every replica needs the same one), or point ROLECALL_STORE_KEY_FILE at it");
    }
}
