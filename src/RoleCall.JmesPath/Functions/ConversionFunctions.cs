using System.Globalization;
using System.Text.RegularExpressions;
using RoleCall.JmesPath.Values;
using T = RoleCall.JmesPath.Functions.ArgumentTypes;

namespace RoleCall.JmesPath.Functions;

/// <summary>to_array, to_string, to_number, type; to_number reads strings as Python's int() then float() do.</summary>
internal static partial class ConversionFunctions
{
    public static IEnumerable<JmesFunction> All =>
    [
        new("to_array", [T.None], a => a[0] is JmesArray ? a[0] : new JmesArray([a[0]])),
        new("to_string", [T.None], a => a[0] is JmesString ? a[0] : new JmesString(a[0].ToJson())),
        new("to_number", [T.None], a => ToNumber(a[0])),
        new("type", [T.None], a => new JmesString(a[0].TypeName)),
    ];

    private static JmesValue ToNumber(JmesValue value) => value switch
    {
        JmesNumber => value,
        JmesString s => ParsePythonNumber(s.Value.Trim()),
        _ => JmesValue.Null,
    };

    private static JmesValue ParsePythonNumber(string text)
    {
        // Python's int() and float() accept single underscores between digits ("1_000").
        if (PythonInteger().IsMatch(text))
        {
            var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
            return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? new JmesNumber(integer)
                : new JmesNumber(double.Parse(digits, CultureInfo.InvariantCulture));
        }

        if (PythonFloatText().IsMatch(text))
        {
            return new JmesNumber(double.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return SpecialFloat(text) is { } special ? new JmesNumber(special) : JmesValue.Null;
    }

    private static double? SpecialFloat(string text)
    {
        var negative = text.StartsWith('-');
        var body = text.TrimStart('+', '-');
        if (body.Length != text.Length - 1 && body.Length != text.Length)
        {
            return null;
        }

        return body.ToLowerInvariant() switch
        {
            "inf" or "infinity" => negative ? double.NegativeInfinity : double.PositiveInfinity,
            "nan" => double.NaN,
            _ => null,
        };
    }

    [GeneratedRegex(@"^[+-]?[0-9](_?[0-9])*$")]
    private static partial Regex PythonInteger();

    [GeneratedRegex(@"^[+-]?(([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*|[0-9](_?[0-9])*\.?)([eE][+-]?[0-9](_?[0-9])*)?$")]
    private static partial Regex PythonFloatText();
}
