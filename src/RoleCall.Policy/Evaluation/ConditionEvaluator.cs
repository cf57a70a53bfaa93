using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Evaluates one condition clause: the missing-key rules, IfExists, the ForAllValues/ForAnyValue set
/// qualifiers and negation, around <see cref="ConditionValueMatcher"/> for the per-value comparison.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
/// </summary>
internal static class ConditionEvaluator
{
    public static MatchResult Evaluate(ConditionClause clause, RequestContext context)
    {
        var present = context.TryGetValue(clause.Key, out var value) && value.Items.Length > 0;
        if (clause.Operator == ConditionOperator.Null)
        {
            // "Null": true asks for an absent key, false for a present one; values are ORed.
            foreach (var expectAbsent in clause.Booleans)
            {
                if (expectAbsent != present)
                {
                    return MatchResult.Match;
                }
            }

            return MatchResult.NoMatch;
        }

        if (!present)
        {
            return MissingKey(clause) ? MatchResult.Match : MatchResult.NoMatch;
        }

        if (clause.Set == SetQualifier.None && value!.IsMultiValued)
        {
            // A multivalued key (aws:TagKeys, a simulator ContextEntry of type stringList, ipList, ...) needs
            // ForAnyValue or ForAllValues: a single-valued operator, negated or not, IfExists or not, does not
            // match it (issue 16, item 7; the IAM User Guide's "single-valued vs multivalued context keys").
            return MatchResult.NoMatch;
        }

        var items = value!.Items;
        // ForAllValues needs every request value to satisfy the operator, ForAnyValue one of them; a
        // single-valued key is a set of one.
        var requireAll = clause.Set == SetQualifier.ForAllValues;
        for (var i = 0; i < items.Length; i++)
        {
            var positive = ConditionValueMatcher.AnyPolicyValueMatches(clause, value, i, context);
            if (positive is MatchResult.Error or MatchResult.Unresolved)
            {
                return positive;
            }

            var satisfied = (positive == MatchResult.Match) != clause.Negated;
            if (requireAll && !satisfied)
            {
                return MatchResult.NoMatch;
            }

            if (!requireAll && satisfied)
            {
                return MatchResult.Match;
            }
        }

        return requireAll ? MatchResult.Match : MatchResult.NoMatch;
    }

    /// <summary>
    /// An absent (or empty) key: IfExists and ForAllValues are vacuously true, ForAnyValue false, and plain
    /// operators false, except negated ones which are true ("the key does not equal any listed value").
    /// </summary>
    private static bool MissingKey(ConditionClause clause) =>
        clause.IfExists || clause.Set switch
        {
            SetQualifier.ForAllValues => true,
            SetQualifier.ForAnyValue => false,
            _ => clause.Negated,
        };
}
