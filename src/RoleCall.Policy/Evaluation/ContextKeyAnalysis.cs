using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Which context keys a request would need: the simulator's MissingContextValues are the condition and
/// variable keys of statements that apply to the action and resource but that the request does not carry.
/// </summary>
public static class ContextKeyAnalysis
{
    public static IReadOnlyList<string> MissingKeys(IEnumerable<CompiledPolicy> policies, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(context);
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in policies.SelectMany(p => p.Statements))
        {
            if (!Applies(statement.Actions, context.Action, context) || (statement.Resources is { } r && !Applies(r, context.Resource, context, unresolvedApplies: true)))
            {
                continue;
            }

            foreach (var key in statement.ContextKeys)
            {
                if (!context.TryGetValue(key, out _) && seen.Add(key))
                {
                    missing.Add(key);
                }
            }
        }

        return missing;
    }

    /// <summary>Matches ignoring conditions; a resource whose variable is missing counts as applying (its key is what is missing).</summary>
    private static bool Applies(MatchList list, string input, RequestContext context, bool unresolvedApplies = false)
    {
        var any = false;
        foreach (var pattern in list.Patterns)
        {
            var result = PatternMatcher.Match(pattern, input, list.IgnoreCase, context);
            any |= result == MatchResult.Match || (unresolvedApplies && result == MatchResult.Unresolved);
        }

        return any != list.Negated;
    }
}
