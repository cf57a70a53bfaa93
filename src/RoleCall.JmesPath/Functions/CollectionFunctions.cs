using RoleCall.JmesPath.Values;
using T = RoleCall.JmesPath.Functions.ArgumentTypes;

namespace RoleCall.JmesPath.Functions;

/// <summary>keys, values, merge, max, min, sort, not_null.</summary>
internal static class CollectionFunctions
{
    public static IEnumerable<JmesFunction> All =>
    [
        new("keys", [T.Object], a => new JmesArray(((JmesObject)a[0]).Keys.Select(k => (JmesValue)new JmesString(k)).ToList())),
        new("values", [T.Object], a => new JmesArray(((JmesObject)a[0]).Values.ToList())),
        new("merge", [T.Object], a => new JmesObject(a.SelectMany(o => (JmesObject)o)), variadic: true),
        new("max", [T.ArrayOfNumbers | T.ArrayOfStrings], a => Extreme((JmesArray)a[0], wantMax: true)),
        new("min", [T.ArrayOfNumbers | T.ArrayOfStrings], a => Extreme((JmesArray)a[0], wantMax: false)),
        new("sort", [T.ArrayOfNumbers | T.ArrayOfStrings], a => new JmesArray(((JmesArray)a[0]).Order(ValueOrdering.Instance).ToList())),
        new("not_null", [T.None], a => a.FirstOrDefault(v => v.Kind != JmesKind.Null) ?? JmesValue.Null, variadic: true),
    ];

    /// <summary>Python's max()/min(): the first of equal extremes wins.</summary>
    public static JmesValue Extreme(IReadOnlyList<JmesValue> items, bool wantMax)
    {
        if (items.Count == 0)
        {
            return JmesValue.Null;
        }

        var best = items[0];
        for (var i = 1; i < items.Count; i++)
        {
            var order = ValueOrdering.Instance.Compare(items[i], best);
            if (wantMax ? order > 0 : order < 0)
            {
                best = items[i];
            }
        }

        return best;
    }
}
