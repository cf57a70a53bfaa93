using RoleCall.JmesPath.Values;

namespace RoleCall.Benchmarks.JmesPath;

/// <summary>One `bench` case of the compliance suite's benchmarks.json: parse, interpret or full (both).</summary>
internal sealed record ComplianceBenchmarkCase(string Id, string Kind, string Expression, JmesValue Given);
