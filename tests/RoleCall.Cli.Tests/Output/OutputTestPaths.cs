using System.Runtime.CompilerServices;

namespace RoleCall.Cli.Tests.Output;

/// <summary>The repository root (the folder holding RoleCall.slnx) and the output fixtures in it.</summary>
internal static class OutputTestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures", "output");

    public static string Judge => Path.Combine(Root, "tests", "RoleCall.Cli.Tests", "Output", "aws_cli_formatter_judge.py");

    /// <summary>Walks up from the binaries, this source file's compile-time path and the working directory (ROLECALL_ARTIFACTS builds live outside the checkout).</summary>
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
