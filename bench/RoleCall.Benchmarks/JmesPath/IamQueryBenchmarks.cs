using BenchmarkDotNet.Attributes;
using RoleCall.JmesPath;
using RoleCall.JmesPath.Values;

namespace RoleCall.Benchmarks.JmesPath;

/// <summary>
/// Typical `--query` expressions over a ListRoles response of 1,000 roles (what `rolecall iam list-roles
/// --query ...` evaluates once per run): evaluation only, the expression compiled once.
/// </summary>
[MemoryDiagnoser]
public class IamQueryBenchmarks
{
    private JmesValue _roles = JmesValue.Null;
    private JmesPathExpression _query = null!;

    [Params("Roles[].RoleName", "Roles[?MaxSessionDuration > `3600`].[RoleName, Arn]", "sort_by(Roles, &RoleName)[-1].Arn", "length(Roles[?starts_with(Path, '/service-role/')])")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var roles = Enumerable.Range(0, 1000).Select(i => (JmesValue)new JmesObject(
        [
            new("Path", new JmesString(i % 3 == 0 ? "/service-role/" : "/")),
            new("RoleName", new JmesString($"role-{i:0000}")),
            new("RoleId", new JmesString($"AROA{i:000000}EXAMPLE")),
            new("Arn", new JmesString($"arn:aws:iam::123456789012:role/role-{i:0000}")),
            new("CreateDate", new JmesString("2024-01-01T00:00:00Z")),
            new("MaxSessionDuration", JmesValue.From(3600L * ((i % 4) + 1))),
        ])).ToList();
        _roles = new JmesObject([new("Roles", new JmesArray(roles))]);
        _query = JmesPathExpression.Compile(Query);
    }

    [Benchmark]
    public JmesValue Search() => _query.Search(_roles);
}
