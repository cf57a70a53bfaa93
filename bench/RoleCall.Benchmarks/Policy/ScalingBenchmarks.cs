using BenchmarkDotNet.Attributes;
using RoleCall.Policy.Authorization;

namespace RoleCall.Benchmarks.Policy;

/// <summary>
/// Cost per statement: one policy of 10, 100 or 1,000 statements that must all be examined (a deny could be
/// anywhere). The time should grow linearly with N.
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*ScalingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private AuthorizationRequest _request = null!;

    [Params(10, 100, 1000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup() => _request = new AuthorizationRequest
    {
        Context = PolicyWorkload.Context("s3:GetObject", "arn:aws:s3:::corp-data/home/alice/report.csv"),
        IdentityPolicies = [PolicyWorkload.Linear(Statements)],
    };

    [Benchmark]
    public Decision Authorize() => Authorizer.Authorize(_request).Decision;
}
