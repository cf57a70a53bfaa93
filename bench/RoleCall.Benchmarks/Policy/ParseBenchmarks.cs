using BenchmarkDotNet.Attributes;
using RoleCall.Policy.Parsing;

namespace RoleCall.Benchmarks.Policy;

/// <summary>
/// Parse + validate + compile of a ~6 KB managed policy (what IAM's CreatePolicy and the server's policy
/// cache pay once per document version).
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*ParseBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _document = null!;

    [GlobalSetup]
    public void Setup() => _document = PolicyWorkload.SixKilobyteDocument();

    [Benchmark]
    public int ParseAndCompile() => PolicyParser.Parse(_document, PolicyKind.Identity).Policy!.Statements.Count;
}
