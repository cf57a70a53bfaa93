using RoleCall.JmesPath.Values;
using T = RoleCall.JmesPath.Functions.ArgumentTypes;

namespace RoleCall.JmesPath.Functions;

/// <summary>contains, ends_with, join, length, reverse, starts_with: by code point, as in Python.</summary>
internal static class StringFunctions
{
    public static IEnumerable<JmesFunction> All =>
    [
        new("contains", [T.Array | T.String, T.None], a => JmesBoolean.Of(Contains(a[0], a[1]))),
        new("ends_with", [T.String, T.String], a => JmesBoolean.Of(Text(a[0]).EndsWith(Text(a[1]), StringComparison.Ordinal))),
        new("starts_with", [T.String, T.String], a => JmesBoolean.Of(Text(a[0]).StartsWith(Text(a[1]), StringComparison.Ordinal))),
        new("join", [T.String, T.ArrayOfStrings], a => new JmesString(string.Join(Text(a[0]), ((JmesArray)a[1]).Select(Text)))),
        new("length", [T.String | T.Array | T.Object], a => new JmesNumber(Length(a[0]))),
        new("reverse", [T.Array | T.String], a => Reverse(a[0])),
    ];

    private static string Text(JmesValue value) => ((JmesString)value).Value;

    private static bool Contains(JmesValue subject, JmesValue search) => subject switch
    {
        JmesArray array => array.Any(item => item.Equals(search)),

        // Python raises for `'abc' in 1`; a search that is not a string is simply not contained.
        JmesString text => search is JmesString s && text.Value.Contains(s.Value, StringComparison.Ordinal),
        _ => false,
    };

    private static long Length(JmesValue value) => value switch
    {
        JmesString s => CodePoints.Length(s.Value),
        JmesArray a => a.Count,
        _ => ((JmesObject)value).Count,
    };

    private static JmesValue Reverse(JmesValue value) => value is JmesString s
        ? new JmesString(CodePoints.Reverse(s.Value))
        : new JmesArray(Enumerable.Reverse(((JmesArray)value).ToList()).ToList());
}
