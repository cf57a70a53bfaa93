using System.Runtime.CompilerServices;
using RoleCall.JmesPath.Values;

namespace RoleCall.Benchmarks.JmesPath;

/// <summary>Reads tests/Fixtures/jmespath-compliance/tests/compliance/benchmarks.json (16 bench cases).</summary>
internal static class ComplianceBenchmarkCases
{
    public static IReadOnlyList<ComplianceBenchmarkCase> All { get; } = Load();

    public static ComplianceBenchmarkCase Find(string id) => All.First(c => c.Id == id);

    private static List<ComplianceBenchmarkCase> Load()
    {
        var file = Path.Combine(RepositoryRoot(), "tests", "Fixtures", "jmespath-compliance", "tests", "compliance", "benchmarks.json");
        var suites = (JmesArray)JmesValue.Parse(File.ReadAllText(file));
        var cases = new List<ComplianceBenchmarkCase>();
        foreach (JmesObject suite in suites)
        {
            foreach (JmesObject item in (JmesArray)suite.Get("cases"))
            {
                if (item.Get("bench") is JmesString kind)
                {
                    var id = $"{cases.Count + 1:00}-{kind.Value}";
                    cases.Add(new(id, kind.Value, ((JmesString)item.Get("expression")).Value, suite.Get("given")));
                }
            }
        }

        return cases;
    }

    /// <summary>BenchmarkDotNet runs a generated copy elsewhere, so the source file's compile-time path anchors the search.</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RoleCall.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("RoleCall.slnx not found");
    }
}
