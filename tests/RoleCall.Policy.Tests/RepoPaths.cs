namespace RoleCall.Policy.Tests;

/// <summary>Finds fixtures by walking up from the test binaries to the repository root (where RoleCall.slnx is).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures(params string[] parts) => Path.Combine([Root, "tests", "Fixtures", "policy", .. parts]);

    /// <summary>A public corpus copied into the repository: tests/Fixtures/NAME (with its SOURCE.md).</summary>
    public static string Corpus(params string[] parts) => Path.Combine([Root, "tests", "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
            {
                return dir.FullName;
            }
        }

        // ROLECALL_ARTIFACTS builds live outside the tree: the project file recorded the checkout's root.
        var recorded = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "RoleCall.slnx")))
        {
            return recorded;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoleCall.slnx not found above the test binaries or the working directory");
    }
}
