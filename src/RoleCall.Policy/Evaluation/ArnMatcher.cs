using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// ArnEquals/ArnLike: "each of the six colon-delimited components of the ARN is checked separately", so a
/// wildcard never spans a colon in the first five fields. The request ARN is split on the fly.
/// </summary>
internal static class ArnMatcher
{
    private const int Fields = 6;

    public static MatchResult AnyMatches(ArnPattern[] patterns, string arn, RequestContext context)
    {
        var outcome = MatchResult.NoMatch;
        foreach (var pattern in patterns)
        {
            var result = pattern.Fields is { } fields
                ? MatchFields(fields, arn, context)
                : PatternMatcher.Match(pattern.Whole, arn, ignoreCase: false, context);
            if (result == MatchResult.Match)
            {
                return result;
            }

            if (result == MatchResult.Unresolved)
            {
                outcome = result;
            }
        }

        return outcome;
    }

    private static MatchResult MatchFields(Pattern[] fields, ReadOnlySpan<char> arn, RequestContext context)
    {
        for (var field = 0; field < Fields; field++)
        {
            var last = field == Fields - 1;
            var colon = last ? -1 : arn.IndexOf(':');
            if (!last && colon < 0)
            {
                return MatchResult.NoMatch;
            }

            var part = last ? arn : arn[..colon];
            var result = PatternMatcher.Match(fields[field], part, ignoreCase: false, context);
            if (result != MatchResult.Match)
            {
                return result;
            }

            arn = last ? [] : arn[(colon + 1)..];
        }

        return MatchResult.Match;
    }
}
