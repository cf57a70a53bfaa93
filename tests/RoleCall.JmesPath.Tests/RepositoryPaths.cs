using System.Runtime.CompilerServices;

namespace RoleCall.JmesPath.Tests;

/// <summary>Finds the repository root (the folder holding RoleCall.slnx) and the public corpora copied into tests/Fixtures.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string JmesPathCompliance => Path.Combine(Root, "tests", "Fixtures", "jmespath-compliance", "tests");

    /// <summary>
    /// Builds with ROLECALL_ARTIFACTS put the binaries outside the checkout, so besides the binaries' folder
    /// this also walks up from this source file's compile-time path and from the working directory.
    /// </summary>
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? ".", Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("RoleCall.slnx not found above the test binaries, the sources or the working directory");
    }
}
