using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Compliance;

/// <summary>One case of the jmespath.py compliance suite: an expression over a document and its expected result or error.</summary>
internal sealed record ComplianceCase(string File, int Suite, int Case, JmesValue Given, string Expression, JmesValue? Result, string? Error, string? Bench)
{
    public override string ToString() => $"{File}#{Suite}.{Case}: {Expression}";
}
