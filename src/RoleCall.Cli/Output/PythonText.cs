using System.Globalization;
using System.Text;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output;

/// <summary>
/// Python's str() of a response value, which the text and table formats print: True, None, 1.0, and for a
/// list or object that lands in a cell, Python's repr ([{'Key': 'a'}]).
/// </summary>
internal static class PythonText
{
    public static string Str(JmesValue value) => value is JmesString s ? s.Value : Repr(value);

    public static bool IsScalar(JmesValue value) => value.Kind is not (JmesKind.Array or JmesKind.Object);

    private static string Repr(JmesValue value) => value switch
    {
        JmesString s => QuoteRepr(s.Value),
        JmesNumber n => n.ToPythonString(),
        JmesBoolean b => b.Value ? "True" : "False",
        JmesArray a => "[" + string.Join(", ", a.Select(Repr)) + "]",
        JmesObject o => "{" + string.Join(", ", o.Select(p => QuoteRepr(p.Key) + ": " + Repr(p.Value))) + "}",
        _ => "None",
    };

    /// <summary>Python's repr of a str: single quotes unless only double quotes avoid escaping.</summary>
    private static string QuoteRepr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var repr = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            repr.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\u007f' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return repr.Append(quote).ToString();
    }
}
