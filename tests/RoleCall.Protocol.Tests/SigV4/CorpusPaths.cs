namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>Locates the public corpora in tests/Fixtures (each with its SOURCE.md) from the repository root (the folder holding RoleCall.slnx).</summary>
internal static class CorpusPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpora => Path.Combine(RepoRoot, "tests", "Fixtures");

    public static string AwsCAuthV4 => Path.Combine(Corpora, "sigv4-aws-c-auth", "tests", "aws-signing-test-suite", "v4");

    public static string Botocore => Path.Combine(Corpora, "sigv4-botocore-aws4_testsuite", "tests", "unit", "auth", "aws4_testsuite");

    public static string SmithyV4 => Path.Combine(Corpora, "sigv4-smithy-rs-extras", "aws", "rust-runtime", "aws-sigv4", "aws-signing-test-suite", "v4");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
            {
                return dir.FullName;
            }
        }

        // Built outside the tree (ROLECALL_ARTIFACTS): fall back to the source location of this file.
        return FindFrom(Path.GetDirectoryName(SourceFile())!);
    }

    private static string FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoleCall.slnx not found above " + start);
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
