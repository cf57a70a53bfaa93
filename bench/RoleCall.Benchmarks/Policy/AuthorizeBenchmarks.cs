using BenchmarkDotNet.Attributes;
using RoleCall.Policy.Authorization;

namespace RoleCall.Benchmarks.Policy;

/// <summary>
/// One authorization against a principal of 10 policies, 60 statements, wildcards, 20 conditions and
/// variables, compiled once, in two workloads:
/// - best case (<see cref="PolicyWorkload.Realistic"/>): 9 of the 10 policies name other services, so the
///   service index leaves about 6 statements and 3 conditions to evaluate;
/// - every statement and condition evaluated (<see cref="FullEvaluationWorkload"/>): all 60 statements match
///   the request's action and resource and all 20 condition clauses are evaluated (checked in Setup).
/// Target: >= 1,000,000 decisions/s on one core and 0 B allocated when allowed (best case).
/// Run: dotnet run -c Release --project bench/RoleCall.Benchmarks -- --filter '*AuthorizeBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class AuthorizeBenchmarks
{
    private AuthorizationRequest _allowed = null!;
    private AuthorizationRequest _implicitDeny = null!;
    private AuthorizationRequest _explicitDeny = null!;
    private AuthorizationRequest _fullAllowed = null!;
    private AuthorizationRequest _fullImplicitDeny = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = PolicyWorkload.Realistic();
        _allowed = new AuthorizationRequest { Context = PolicyWorkload.Context("s3:GetObject", "arn:aws:s3:::corp-data/home/alice/report.csv"), IdentityPolicies = policies };
        _implicitDeny = new AuthorizationRequest { Context = PolicyWorkload.Context("s3:GetObject", "arn:aws:s3:::corp-data/home/bob/report.csv"), IdentityPolicies = policies };
        _explicitDeny = new AuthorizationRequest { Context = PolicyWorkload.Context("s3:GetObject", "arn:aws:s3:::corp-secrets/keys"), IdentityPolicies = policies };
        if (!Authorizer.Authorize(_allowed).IsAllowed || Authorizer.Authorize(_explicitDeny).Decision != Decision.ExplicitDeny)
        {
            throw new InvalidOperationException("the benchmark workload does not decide as intended");
        }

        var full = FullEvaluationWorkload.Policies();
        _fullAllowed = new AuthorizationRequest { Context = PolicyWorkload.Context("s3:GetObject", "arn:aws:s3:::corp-data/home/alice/report.csv"), IdentityPolicies = full };
        // s3:GetObjectAcl names the service and matches s3:Get*, but no resource pattern matches other-bucket.
        _fullImplicitDeny = new AuthorizationRequest { Context = PolicyWorkload.Context("s3:GetObjectAcl", "arn:aws:s3:::other-bucket/x"), IdentityPolicies = full };
        var applied = new List<MatchedStatement>();
        if (!Authorizer.Authorize(_fullAllowed, applied).IsAllowed || applied.Count != FullEvaluationWorkload.AllowsThatApply
            || Authorizer.Authorize(_fullImplicitDeny).Decision != Decision.ImplicitDeny)
        {
            throw new InvalidOperationException($"the full-evaluation workload does not decide as intended ({applied.Count} statements applied)");
        }
    }

    [Benchmark(Baseline = true)]
    public Decision Allow() => Authorizer.Authorize(_allowed).Decision;

    [Benchmark]
    public Decision ImplicitDeny() => Authorizer.Authorize(_implicitDeny).Decision;

    [Benchmark]
    public Decision ExplicitDeny() => Authorizer.Authorize(_explicitDeny).Decision;

    /// <summary>All 60 statements and 20 conditions evaluated; Allow.</summary>
    [Benchmark]
    public Decision AllowEverythingEvaluated() => Authorizer.Authorize(_fullAllowed).Decision;

    /// <summary>All 60 statements' actions match and every resource pattern is tried, none matches; ImplicitDeny.</summary>
    [Benchmark]
    public Decision ImplicitDenyEveryResourceTried() => Authorizer.Authorize(_fullImplicitDeny).Decision;
}
