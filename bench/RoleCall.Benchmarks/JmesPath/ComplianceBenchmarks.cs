using BenchmarkDotNet.Attributes;
using RoleCall.JmesPath;

namespace RoleCall.Benchmarks.JmesPath;

/// <summary>
/// The JMESPath compliance suite's benchmark expressions, one row each: `parse` cases time Compile,
/// `interpret` cases time Search of the precompiled expression, `full` cases time both.
/// <c>dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*ComplianceBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    private ComplianceBenchmarkCase _case = null!;
    private JmesPathExpression _compiled = null!;

    public static IEnumerable<string> Cases => ComplianceBenchmarkCases.All.Select(c => c.Id);

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _case = ComplianceBenchmarkCases.Find(Case);
        _compiled = JmesPathExpression.Compile(_case.Expression);
    }

    [Benchmark]
    public object Run() => _case.Kind switch
    {
        "parse" => JmesPathExpression.Compile(_case.Expression),
        "interpret" => _compiled.Search(_case.Given),
        _ => JmesPathExpression.Compile(_case.Expression).Search(_case.Given),
    };
}
