using RoleCall.Policy.Evaluation;

namespace RoleCall.Policy.Authorization;

/// <summary>
/// A decision with its reasons: the statement that decided (the first explicit deny, or the allow that
/// granted), why a denial happened, and any evaluation errors. A value type: the allow path allocates nothing.
/// </summary>
public readonly struct AuthorizationResult
{
    private static readonly EvaluationError[] NoErrors = [];
    private readonly IReadOnlyList<EvaluationError>? _errors;

    internal AuthorizationResult(Decision decision, DenialReason reason, MatchedStatement? deciding, IReadOnlyList<EvaluationError>? errors)
    {
        Decision = decision;
        Reason = reason;
        DecidingStatement = deciding;
        _errors = errors;
    }

    public Decision Decision { get; }

    /// <summary>None when allowed.</summary>
    public DenialReason Reason { get; }

    /// <summary>The explicit deny or the granting allow; null for an implicit deny.</summary>
    public MatchedStatement? DecidingStatement { get; }

    /// <summary>Statements that could not be evaluated (they never allow).</summary>
    public IReadOnlyList<EvaluationError> Errors => _errors ?? NoErrors;

    public bool IsAllowed => Decision == Decision.Allow;

    public override string ToString() =>
        DecidingStatement is { } s ? $"{Decision} by {s}" : $"{Decision} ({Reason})";
}
