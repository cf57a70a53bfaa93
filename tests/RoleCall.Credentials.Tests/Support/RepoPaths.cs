using System.Runtime.CompilerServices;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>
/// The repository root (the folder holding RoleCall.slnx) and the public corpora copied into tests/Fixtures. Found from this
/// source file's compile-time path, because the binaries may live outside the tree (ROLECALL_ARTIFACTS).
/// </summary>
internal static class RepoPaths
{
    public static string Root => FindRoot();

    public static string SmithyTestData =>
        Path.Combine(Root, "tests", "Fixtures", "aws-config-smithy-rs", "aws", "rust-runtime", "aws-config", "test-data");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"RoleCall.slnx not found above {sourceFile}");
    }
}
