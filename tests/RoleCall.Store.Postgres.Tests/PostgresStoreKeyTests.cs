using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// The key file every replica shares: created owner-only and whole (a replica racing the creator never reads a
/// half-written key), and a path it cannot use is one line naming ROLECALL_STORE_KEY_FILE (it was `rolecall:
/// IO_FileExists_Name, /tmp`, exit 255, for a directory).
/// </summary>
public sealed class PostgresStoreKeyTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rolecall-key-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Should_create_one_key_whole_for_replicas_starting_together()
    {
        var path = Path.Combine(directory, "etc", "postgres.key");

        var keys = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(16).Select(_ => PostgresStoreKey.LoadOrCreate(path)).ToList();

        Assert.All(keys, k => Assert.Equal(keys[0], k));
        Assert.Equal(32, keys[0].Length);
        Assert.Equal(["postgres.key"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Should_say_the_key_file_is_a_directory()
    {
        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreKey.LoadOrCreate(directory));

        Assert.Equal($"serve: cannot use the store key file {directory}: it is a directory", error.Message);
        Assert.Contains("ROLECALL_STORE_KEY_FILE", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_where_a_key_file_cannot_be_created()
    {
        var blocker = Path.Combine(directory, "file");
        File.WriteAllText(blocker, "x");
        var path = Path.Combine(blocker, "postgres.key");

        var error = Assert.Throws<ConfigurationException>(() => PostgresStoreKey.LoadOrCreate(path));

        Assert.StartsWith($"serve: cannot use the store key file {path}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
