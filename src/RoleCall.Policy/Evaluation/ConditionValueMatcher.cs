using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Whether one request value matches any of a clause's policy values under the operator's positive form
/// (values of one key are ORed). A request value the operator cannot read is an Error: it never allows.
/// </summary>
internal static class ConditionValueMatcher
{
    public static MatchResult AnyPolicyValueMatches(ConditionClause clause, ContextValue value, int index, RequestContext context)
    {
        var item = value.Items[index];
        switch (clause.Operator)
        {
            case ConditionOperator.StringEquals or ConditionOperator.StringNotEquals
                or ConditionOperator.StringLike or ConditionOperator.StringNotLike:
                return AnyPattern(clause.Patterns, item, ignoreCase: false, context);
            case ConditionOperator.StringEqualsIgnoreCase or ConditionOperator.StringNotEqualsIgnoreCase:
                return AnyPattern(clause.Patterns, item, ignoreCase: true, context);
            case ConditionOperator.ArnEquals or ConditionOperator.ArnLike
                or ConditionOperator.ArnNotEquals or ConditionOperator.ArnNotLike:
                return ArnMatcher.AnyMatches(clause.ArnPatterns, item, context);
            case ConditionOperator.Bool:
                return ValueParsers.TryParseBool(item, out var flag) ? Found(Array.IndexOf(clause.Booleans, flag) >= 0) : MatchResult.Error;
            case ConditionOperator.BinaryEquals:
                return Found(Array.IndexOf(clause.Binaries, item) >= 0);
            case ConditionOperator.IpAddress or ConditionOperator.NotIpAddress:
                return AnyNetwork(clause.Networks, value.Addresses[index]);
            case >= ConditionOperator.NumericEquals and <= ConditionOperator.NumericGreaterThanEquals:
                return ValueParsers.TryParseNumber(item, out var number) ? AnyNumber(clause, number) : MatchResult.Error;
            case >= ConditionOperator.DateEquals and <= ConditionOperator.DateGreaterThanEquals:
                return ValueParsers.TryParseDate(item, out var date) ? AnyDate(clause, date) : MatchResult.Error;
            default:
                return MatchResult.Error;
        }
    }

    private static MatchResult Found(bool found) => found ? MatchResult.Match : MatchResult.NoMatch;

    private static MatchResult AnyPattern(Pattern[] patterns, string item, bool ignoreCase, RequestContext context)
    {
        var outcome = MatchResult.NoMatch;
        foreach (var pattern in patterns)
        {
            var result = PatternMatcher.Match(pattern, item, ignoreCase, context);
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

    private static MatchResult AnyNetwork(IpNetwork[] networks, (UInt128 Address, bool IsV6, bool Valid) address)
    {
        if (!address.Valid)
        {
            return MatchResult.Error;
        }

        foreach (var network in networks)
        {
            if (network.Contains(address.Address, address.IsV6))
            {
                return MatchResult.Match;
            }
        }

        return MatchResult.NoMatch;
    }

    private static MatchResult AnyNumber(ConditionClause clause, double request)
    {
        foreach (var policy in clause.Numbers)
        {
            var hit = clause.Operator switch
            {
                ConditionOperator.NumericLessThan => request < policy,
                ConditionOperator.NumericLessThanEquals => request <= policy,
                ConditionOperator.NumericGreaterThan => request > policy,
                ConditionOperator.NumericGreaterThanEquals => request >= policy,
                _ => request == policy, // NumericEquals, and NumericNotEquals before negation
            };
            if (hit)
            {
                return MatchResult.Match;
            }
        }

        return MatchResult.NoMatch;
    }

    private static MatchResult AnyDate(ConditionClause clause, DateTimeOffset request)
    {
        foreach (var policy in clause.Dates)
        {
            var hit = clause.Operator switch
            {
                ConditionOperator.DateLessThan => request < policy,
                ConditionOperator.DateLessThanEquals => request <= policy,
                ConditionOperator.DateGreaterThan => request > policy,
                ConditionOperator.DateGreaterThanEquals => request >= policy,
                _ => request == policy,
            };
            if (hit)
            {
                return MatchResult.Match;
            }
        }

        return MatchResult.NoMatch;
    }
}
