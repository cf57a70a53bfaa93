using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Compliance;

/// <summary>Reads tests/Fixtures/jmespath-compliance (see its SOURCE.md): tests/compliance/*.json and tests/legacy/*.json.</summary>
internal static class ComplianceCorpus
{
    private static readonly Lazy<IReadOnlyList<ComplianceCase>> Cases = new(Load);

    public static IReadOnlyList<ComplianceCase> All => Cases.Value;

    public static ComplianceCase Find(string id) => All.First(c => Id(c) == id);

    public static string Id(ComplianceCase c) => $"{c.File}#{c.Suite}.{c.Case}";

    private static List<ComplianceCase> Load()
    {
        var root = RepositoryPaths.JmesPathCompliance;
        var files = Directory.GetFiles(Path.Combine(root, "compliance"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(root, "legacy"), "*.json"))
            .Order(StringComparer.Ordinal);
        var cases = new List<ComplianceCase>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file);
            var suites = (JmesArray)JmesValue.Parse(File.ReadAllText(file, System.Text.Encoding.UTF8));
            for (var s = 0; s < suites.Count; s++)
            {
                var suite = (JmesObject)suites[s];
                var given = suite.Get("given");
                var list = (JmesArray)suite.Get("cases");
                for (var c = 0; c < list.Count; c++)
                {
                    var item = (JmesObject)list[c];
                    cases.Add(new ComplianceCase(
                        name, s, c, given, ((JmesString)item.Get("expression")).Value,
                        item.TryGetValue("result", out var result) ? result : null,
                        (item.Get("error") as JmesString)?.Value,
                        (item.Get("bench") as JmesString)?.Value));
                }
            }
        }

        return cases;
    }
}
