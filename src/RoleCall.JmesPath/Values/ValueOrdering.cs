namespace RoleCall.JmesPath.Values;

/// <summary>
/// The ordering jmespath.py's sort(), max(), sort_by() and `&lt;` use: numbers by value, strings by code point.
/// Mixed pairs are not comparable (callers check types first).
/// </summary>
internal sealed class ValueOrdering : IComparer<JmesValue>
{
    public static ValueOrdering Instance { get; } = new();

    public int Compare(JmesValue? x, JmesValue? y) => (x, y) switch
    {
        (JmesNumber a, JmesNumber b) => a.CompareTo(b),
        (JmesString a, JmesString b) => CodePoints.Compare(a.Value, b.Value),
        _ => 0,
    };
}
