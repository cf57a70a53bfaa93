using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing;

/// <summary>Collects problems while the validator walks the document, keeping document order.</summary>
internal sealed class ProblemList
{
    private readonly List<PolicyProblem> _problems = [];

    public bool HasErrors { get; private set; }

    public IReadOnlyList<PolicyProblem> All =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    public void Error(string message, string path, SourcePosition at, string hint, string code = PolicyMessages.MalformedCode)
    {
        HasErrors = true;
        _problems.Add(new PolicyProblem(code, message, path, at.Line, at.Column, hint));
    }

    public void Warning(string message, string path, SourcePosition at, string hint) =>
        _problems.Add(new PolicyProblem(PolicyMessages.MalformedCode, message, path, at.Line, at.Column, hint, ProblemSeverity.Warning));
}
