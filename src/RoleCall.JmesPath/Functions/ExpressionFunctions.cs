using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Evaluation;
using RoleCall.JmesPath.Values;
using T = RoleCall.JmesPath.Functions.ArgumentTypes;

namespace RoleCall.JmesPath.Functions;

/// <summary>map, sort_by, max_by, min_by: functions that evaluate an expression reference per element.</summary>
internal static class ExpressionFunctions
{
    public static IEnumerable<JmesFunction> All =>
    [
        new("map", [T.Expref, T.Array], a => Map((ExpressionReference)a[0], (JmesArray)a[1])),
        new("sort_by", [T.Array, T.Expref], a => SortBy((JmesArray)a[0], (ExpressionReference)a[1])),
        new("max_by", [T.Array, T.Expref], a => ExtremeBy((JmesArray)a[0], (ExpressionReference)a[1], "max_by", wantMax: true)),
        new("min_by", [T.Array, T.Expref], a => ExtremeBy((JmesArray)a[0], (ExpressionReference)a[1], "min_by", wantMax: false)),
    ];

    private static JmesArray Map(ExpressionReference expression, JmesArray items)
    {
        var results = new List<JmesValue>(items.Count);
        foreach (var item in items)
        {
            results.Add(Interpreter.Evaluate(expression.Node, item));
        }

        return new JmesArray(results);
    }

    /// <summary>Stable sort by key; the first element's key type (number or string) is required of every key.</summary>
    private static JmesArray SortBy(JmesArray items, ExpressionReference expression)
    {
        if (items.Count == 0)
        {
            return items;
        }

        var first = Interpreter.Evaluate(expression.Node, items[0]);
        if (first.Kind is not (JmesKind.Number or JmesKind.String))
        {
            throw JmesPathErrors.Type("sort_by", items[0], first.TypeName, "['string', 'number']");
        }

        var keys = Keys(items, expression, "sort_by", first.Kind);
        var order = Enumerable.Range(0, items.Count).OrderBy(i => keys[i], ValueOrdering.Instance);
        return new JmesArray(order.Select(i => items[i]).ToList());
    }

    private static JmesValue ExtremeBy(JmesArray items, ExpressionReference expression, string name, bool wantMax)
    {
        if (items.Count == 0)
        {
            return JmesValue.Null;
        }

        var keys = Keys(items, expression, name, required: null);
        var best = 0;
        for (var i = 1; i < keys.Count; i++)
        {
            var order = CompareKeys(keys[i], keys[best], name);
            if (wantMax ? order > 0 : order < 0)
            {
                best = i;
            }
        }

        return items[best];
    }

    private static List<JmesValue> Keys(JmesArray items, ExpressionReference expression, string name, JmesKind? required)
    {
        var keys = new List<JmesValue>(items.Count);
        foreach (var item in items)
        {
            var key = Interpreter.Evaluate(expression.Node, item);
            var allowed = required is { } kind ? key.Kind == kind : key.Kind is JmesKind.Number or JmesKind.String;
            if (!allowed)
            {
                var expected = required is { } k ? $"['{(k == JmesKind.Number ? "number" : "string")}']" : "['number', 'string']";
                throw JmesPathErrors.Type(name, key, key.TypeName, expected);
            }

            keys.Add(key);
        }

        return keys;
    }

    /// <summary>Python compares a number with a string only to raise; so does this.</summary>
    private static int CompareKeys(JmesValue left, JmesValue right, string name) =>
        left.Kind == right.Kind
            ? ValueOrdering.Instance.Compare(left, right)
            : throw JmesPathErrors.Type(name, left, left.TypeName, $"['{right.TypeName}']");
}
