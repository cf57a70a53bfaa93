using System.Runtime.CompilerServices;

namespace RoleCall.Config.Tests.Support;

/// <summary>The repository root (found by walking up to RoleCall.slnx) and the folders tests read from it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ConfigFixtures => Path.Combine(Root, "tests", "Fixtures", "config");

    public static string FixturePairs => Path.Combine(ConfigFixtures, "pairs");

    /// <summary>The public corpora copied into the repository (tests/Fixtures/NAME, each with its SOURCE.md).</summary>
    public static string Corpora => Path.Combine(Root, "tests", "Fixtures");

    public static string TestSource(params string[] parts) =>
        Path.Combine([Root, "tests", "RoleCall.Config.Tests", .. parts]);

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
