using System.Text.RegularExpressions;

namespace RoleCall.Cli.Output.Yaml;

/// <summary>
/// Picks a string's style as the PyYAML/ruamel emitter does (Emitter.analyze_scalar and choose_scalar_style,
/// block context, allow_unicode): plain unless the text would read back as another type or has indicators,
/// leading/trailing spaces or line breaks; single quotes unless it holds special characters; else double quotes.
/// Implicit types follow ruamel.yaml's YAML 1.2 resolver, which the AWS CLI v2's YAML output uses.
/// </summary>
internal static partial class ScalarStyleChooser
{
    private const string Breaks = "\n\u0085\u2028\u2029";
    private const string Whitespace = "\0 \t\r\n\u0085\u2028\u2029";

    public static ScalarStyle Choose(string text, bool simpleKey)
    {
        var analysis = Analyze(text);
        if (!ResolvesAsNonString(text) && !(simpleKey && (text.Length == 0 || analysis.Multiline)) && analysis.AllowBlockPlain)
        {
            return ScalarStyle.Plain;
        }

        return analysis.AllowSingleQuoted && !(simpleKey && analysis.Multiline) ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
    }

    /// <summary>
    /// True for text a YAML 1.2 reader would take as null, bool, int, float, timestamp, merge or value.
    /// Like ruamel's resolver, each pattern is only tried for text starting with one of its first characters.
    /// </summary>
    public static bool ResolvesAsNonString(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var first = text[0];
        return ("tTfF~nN<=".Contains(first, StringComparison.Ordinal) && Keyword().IsMatch(text))
            || ("-+0123456789".Contains(first, StringComparison.Ordinal) && Integer().IsMatch(text))
            || ("-+0123456789.".Contains(first, StringComparison.Ordinal) && Float().IsMatch(text))
            || (char.IsAsciiDigit(first) && Timestamp().IsMatch(text));
    }

    private static (bool AllowBlockPlain, bool AllowSingleQuoted, bool Multiline) Analyze(string text)
    {
        if (text.Length == 0)
        {
            return (true, true, false);
        }

        var blockIndicators = text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal);
        bool lineBreaks = false, special = false, leadingSpace = false, leadingBreak = false, trailingSpace = false;
        bool trailingBreak = false, breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        var precededByWhitespace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var followedByWhitespace = i + 1 >= text.Length || Whitespace.Contains(text[i + 1], StringComparison.Ordinal);
            if (i == 0)
            {
                blockIndicators |= "#,[]{}&*!|>'\"%@`".Contains(ch, StringComparison.Ordinal)
                    || (ch is '?' or ':' or '-' && followedByWhitespace);
            }
            else
            {
                blockIndicators |= (ch == ':' && followedByWhitespace) || (ch == '#' && precededByWhitespace);
            }

            var isBreak = Breaks.Contains(ch, StringComparison.Ordinal);
            lineBreaks |= isBreak;
            special |= !(ch == '\n' || (ch >= ' ' && ch <= '~') || IsPrintableUnicode(ch));
            if (ch == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == text.Length - 1;
                breakSpace |= previousBreak;
                (previousSpace, previousBreak) = (true, false);
            }
            else if (isBreak)
            {
                leadingBreak |= i == 0;
                trailingBreak |= i == text.Length - 1;
                spaceBreak |= previousSpace;
                (previousSpace, previousBreak) = (false, true);
            }
            else
            {
                (previousSpace, previousBreak) = (false, false);
            }

            precededByWhitespace = Whitespace.Contains(ch, StringComparison.Ordinal);
        }

        var allowPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
        var allowSingle = !(breakSpace || spaceBreak || special);
        return (allowPlain, allowSingle, lineBreaks);
    }

    /// <summary>The non-ASCII characters YAML may write unescaped (surrogates stand for astral characters).</summary>
    private static bool IsPrintableUnicode(char ch) =>
        ch == '\u0085' || (ch >= '\u00A0' && ch <= '\uFFFD' && ch != '\uFEFF');

    [GeneratedRegex(@"^(?:true|True|TRUE|false|False|FALSE|~|null|Null|NULL|<<|=)$")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$")]
    private static partial Regex Timestamp();
}
