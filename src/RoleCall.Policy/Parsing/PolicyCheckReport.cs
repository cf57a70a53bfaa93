namespace RoleCall.Policy.Parsing;

/// <summary>What <see cref="PolicyLinter.Check"/> found: the kind checked as, every problem, the statement count when valid.</summary>
public sealed record PolicyCheckReport(PolicyKind Kind, IReadOnlyList<PolicyProblem> Problems, int Statements);
