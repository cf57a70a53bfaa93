namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>A fresh directory under the system temp dir, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rolecall-store-").FullName;

    public void Dispose()
    {
        // Pooled SQLite connections keep the files open until the pool is cleared.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
