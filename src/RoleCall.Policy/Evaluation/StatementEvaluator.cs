using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Whether one statement applies to a request: action, then resource, then principal, then conditions
/// (cheapest first). It never decides Allow or Deny; the authorizer combines applicable statements.
/// </summary>
internal static class StatementEvaluator
{
    /// <summary>
    /// Match when the statement applies (with how its Principal named the caller), NoMatch or Unresolved when
    /// it does not, Error when a condition could not be evaluated (<paramref name="error"/> says why).
    /// </summary>
    public static MatchResult Evaluate(CompiledStatement statement, RequestContext context, out PrincipalMatch principal, out string? error)
    {
        principal = PrincipalMatch.NotApplicable;
        error = null;
        var result = MatchElement(statement.Actions, context.Action, context);
        if (result != MatchResult.Match)
        {
            return result;
        }

        // Trust policies have no Resource element: the role itself is the resource.
        if (statement.Resources is { } resources && (result = MatchElement(resources, context.Resource, context)) != MatchResult.Match)
        {
            return result;
        }

        if (statement.Principals is { } principals)
        {
            if (PrincipalMatcher.Match(principals, context.Principal) is not { } how)
            {
                return MatchResult.NoMatch;
            }

            principal = how;
        }

        foreach (var clause in statement.Conditions)
        {
            result = ConditionEvaluator.Evaluate(clause, context);
            if (result == MatchResult.Error)
            {
                error = $"condition {clause.OperatorName} on {clause.Key}: the request value is not valid for this operator";
            }

            if (result != MatchResult.Match)
            {
                return result;
            }
        }

        return MatchResult.Match;
    }

    /// <summary>Action/NotAction or Resource/NotResource against the request's value.</summary>
    private static MatchResult MatchElement(MatchList list, string input, RequestContext context)
    {
        var unresolved = false;
        foreach (var pattern in list.Patterns)
        {
            var result = PatternMatcher.Match(pattern, input, list.IgnoreCase, context);
            if (result == MatchResult.Match)
            {
                return list.Negated ? MatchResult.NoMatch : MatchResult.Match;
            }

            unresolved |= result == MatchResult.Unresolved;
        }

        // A variable the request cannot supply makes the statement not apply, in either form.
        if (unresolved)
        {
            return MatchResult.Unresolved;
        }

        return list.Negated ? MatchResult.Match : MatchResult.NoMatch;
    }
}
