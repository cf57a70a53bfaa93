using System.Runtime.CompilerServices;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// Files of the repository, found by walking up to RoleCall.slnx from the test binaries or, when they are
/// built elsewhere (ROLECALL_ARTIFACTS), from this source file.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory())
        ?? throw new InvalidOperationException("RoleCall.slnx not found above " + AppContext.BaseDirectory);

    /// <summary>A python script of these tests: tests/RoleCall.EndToEnd.Tests/Server/Scripts/NAME.</summary>
    public static string Script(string name) => Path.Combine(Root, "tests", "RoleCall.EndToEnd.Tests", "Server", "Scripts", name);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "/";

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
