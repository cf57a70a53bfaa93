using RoleCall.JmesPath.Syntax;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Evaluation;

/// <summary>Multi-selects, comparisons and function calls.</summary>
internal static partial class Interpreter
{
    private static JmesValue MultiSelectList(MultiSelectListNode node, JmesValue current)
    {
        if (current.Kind == JmesKind.Null)
        {
            return JmesValue.Null;
        }

        var items = new List<JmesValue>(node.Items.Count);
        foreach (var item in node.Items)
        {
            items.Add(Evaluate(item, current));
        }

        return new JmesArray(items);
    }

    private static JmesValue MultiSelectHash(MultiSelectHashNode node, JmesValue current)
    {
        if (current.Kind == JmesKind.Null)
        {
            return JmesValue.Null;
        }

        var entries = new List<KeyValuePair<string, JmesValue>>(node.Entries.Count);
        foreach (var (key, expression) in node.Entries)
        {
            entries.Add(new(key, Evaluate(expression, current)));
        }

        return new JmesObject(entries);
    }

    private static JmesValue Compare(ComparatorNode node, JmesValue current)
    {
        var left = Evaluate(node.Left, current);
        var right = Evaluate(node.Right, current);
        switch (node.Comparison)
        {
            case Comparison.Equal:
                return JmesBoolean.Of(left.Equals(right));
            case Comparison.NotEqual:
                return JmesBoolean.Of(!left.Equals(right));
        }

        // Ordering is defined for two numbers or two strings (jmespath.py extends the spec to strings).
        if (left.Kind != right.Kind || left.Kind is not (JmesKind.Number or JmesKind.String))
        {
            return JmesValue.Null;
        }

        var order = ValueOrdering.Instance.Compare(left, right);
        if (left is JmesNumber a && right is JmesNumber b && (double.IsNaN(a.Value) || double.IsNaN(b.Value)))
        {
            // Every ordering comparison with NaN is false in Python.
            return JmesBoolean.False;
        }

        return JmesBoolean.Of(node.Comparison switch
        {
            Comparison.LessThan => order < 0,
            Comparison.LessOrEqual => order <= 0,
            Comparison.GreaterThan => order > 0,
            _ => order >= 0,
        });
    }

    private static JmesValue CallFunction(FunctionNode node, JmesValue current)
    {
        var arguments = new JmesValue[node.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Evaluate(node.Arguments[i], current);
        }

        return node.Function.Invoke(arguments);
    }
}
