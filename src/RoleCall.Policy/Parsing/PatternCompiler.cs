using System.Text;
using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing;

/// <summary>
/// Turns element text into a <see cref="Pattern"/>: `*`/`?` wildcards where the element allows them, and
/// policy variables `${key}`/`${key, 'default'}` with the escapes `${*}` `${?}` `${$}` (2012-10-17 only).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
/// </summary>
internal static class PatternCompiler
{
    public static Pattern Compile(string text, bool wildcards, bool variables)
    {
        var tokens = new List<PatternToken>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                tokens.Add(new PatternToken(PatternTokenKind.Literal, literal.ToString()));
                literal.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (wildcards && c == '*')
            {
                Flush();
                // Consecutive stars mean the same as one.
                if (tokens.Count == 0 || tokens[^1].Kind != PatternTokenKind.AnyRun)
                {
                    tokens.Add(new PatternToken(PatternTokenKind.AnyRun, "*"));
                }
            }
            else if (wildcards && c == '?')
            {
                Flush();
                tokens.Add(new PatternToken(PatternTokenKind.AnyChar, "?"));
            }
            else if (variables && c == '$' && i + 1 < text.Length && text[i + 1] == '{' && text.IndexOf('}', i + 2) is var close && close > 0)
            {
                var inner = text[(i + 2)..close];
                i = close;
                if (inner is "*" or "?" or "$")
                {
                    // The escapes: a literal character that would otherwise be a wildcard or start a variable.
                    literal.Append(inner);
                }
                else if (TryParseVariable(inner, out var key, out var fallback))
                {
                    Flush();
                    tokens.Add(new PatternToken(PatternTokenKind.Variable, key, fallback));
                }
                else
                {
                    literal.Append("${").Append(inner).Append('}');
                }
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush();
        return new Pattern(text, [.. tokens]);
    }

    /// <summary>An ARN condition value as six field patterns, split on colons outside `${...}`.</summary>
    public static ArnPattern CompileArn(string text, bool variables)
    {
        var whole = Compile(text, wildcards: true, variables);
        var fields = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length && fields.Count < 5; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (text[i] == ':' && depth <= 0)
            {
                fields.Add(text[start..i]);
                start = i + 1;
            }
        }

        if (fields.Count < 5)
        {
            return new ArnPattern(whole, null);
        }

        fields.Add(text[start..]);
        return new ArnPattern(whole, [.. fields.Select(f => Compile(f, wildcards: true, variables))]);
    }

    /// <summary>`aws:username` or `aws:PrincipalTag/team, 'default'`.</summary>
    private static bool TryParseVariable(string inner, out string key, out string? fallback)
    {
        fallback = null;
        var comma = inner.IndexOf(',', StringComparison.Ordinal);
        key = (comma < 0 ? inner : inner[..comma]).Trim();
        if (comma >= 0)
        {
            var rest = inner[(comma + 1)..].Trim();
            if (rest.Length < 2 || rest[0] != '\'' || rest[^1] != '\'')
            {
                return false;
            }

            fallback = rest[1..^1];
        }

        return key.Length > 0 && !key.Any(char.IsWhiteSpace);
    }
}
