namespace RoleCall.Vault.Tests;

/// <summary>A throwaway directory under /tmp, deleted by the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rolecall-vault-" + Guid.NewGuid().ToString("N")[..12]);

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
