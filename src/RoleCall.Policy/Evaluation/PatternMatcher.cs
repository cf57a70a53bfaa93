using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Glob matching of compiled patterns (`*` any run, `?` one character, variables as literal text) with the
/// classic two-pointer algorithm: linear in the common case, no recursion, no allocation.
/// </summary>
internal static class PatternMatcher
{
    // Resolved variable values for the pattern being matched, indexed by token. Matching never re-enters,
    // so one buffer per thread suffices and the hot path stays allocation-free.
    [ThreadStatic]
    private static string?[]? t_resolved;

    public static MatchResult Match(Pattern pattern, ReadOnlySpan<char> input, bool ignoreCase, RequestContext context)
    {
        if (pattern.IsMatchAll)
        {
            return MatchResult.Match;
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (pattern.Literal is { } literal)
        {
            return input.Equals(literal, comparison) ? MatchResult.Match : MatchResult.NoMatch;
        }

        // Most patterns fail on their literal prefix ("arn:aws:s3:::other-bucket/"): test it before resolving
        // variables or walking tokens.
        if (!input.StartsWith(pattern.Prefix, comparison))
        {
            return MatchResult.NoMatch;
        }

        var tokens = pattern.Tokens;
        string?[]? resolved = null;
        if (pattern.HasVariables)
        {
            resolved = t_resolved is { } buffer && buffer.Length >= tokens.Length ? buffer : t_resolved = new string?[Math.Max(16, tokens.Length)];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == PatternTokenKind.Variable)
                {
                    // An absent key takes the variable's default; with neither, the element cannot match.
                    resolved[i] = context.SingleValue(tokens[i].Text) ?? tokens[i].Default;
                    if (resolved[i] is null)
                    {
                        return MatchResult.Unresolved;
                    }
                }
            }
        }

        return Glob(tokens, resolved, input, ignoreCase) ? MatchResult.Match : MatchResult.NoMatch;
    }

    private static bool Glob(PatternToken[] tokens, string?[]? resolved, ReadOnlySpan<char> input, bool ignoreCase)
    {
        int token = 0, offset = 0, position = 0;
        int starToken = -1, starPosition = -1;
        while (position < input.Length)
        {
            SkipExhaustedLiterals(tokens, resolved, ref token, ref offset);
            if (token < tokens.Length)
            {
                var kind = tokens[token].Kind;
                if (kind == PatternTokenKind.AnyRun)
                {
                    // Remember where the star stands; first try matching it against nothing.
                    starToken = ++token;
                    starPosition = position;
                    offset = 0;
                    continue;
                }

                if (kind == PatternTokenKind.AnyChar)
                {
                    token++;
                    position++;
                    continue;
                }

                var text = TextOf(tokens, resolved, token);
                if (SameChar(text[offset], input[position], ignoreCase))
                {
                    offset++;
                    position++;
                    continue;
                }
            }

            if (starToken < 0)
            {
                return false;
            }

            // Mismatch: let the last star swallow one more character and retry from just after it.
            token = starToken;
            offset = 0;
            position = ++starPosition;
        }

        SkipExhaustedLiterals(tokens, resolved, ref token, ref offset);
        while (token < tokens.Length && tokens[token].Kind == PatternTokenKind.AnyRun)
        {
            token++;
            offset = 0;
            SkipExhaustedLiterals(tokens, resolved, ref token, ref offset);
        }

        return token == tokens.Length;
    }

    private static void SkipExhaustedLiterals(PatternToken[] tokens, string?[]? resolved, ref int token, ref int offset)
    {
        while (token < tokens.Length && tokens[token].Kind is PatternTokenKind.Literal or PatternTokenKind.Variable
            && offset >= TextOf(tokens, resolved, token).Length)
        {
            token++;
            offset = 0;
        }
    }

    private static string TextOf(PatternToken[] tokens, string?[]? resolved, int token) =>
        tokens[token].Kind == PatternTokenKind.Variable ? resolved![token]! : tokens[token].Text;

    private static bool SameChar(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
