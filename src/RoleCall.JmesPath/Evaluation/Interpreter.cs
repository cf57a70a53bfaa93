using RoleCall.JmesPath.Syntax;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Evaluation;

/// <summary>
/// Evaluates an AST against a value, following jmespath.py's TreeInterpreter: projections drop nulls,
/// multi-selects of null are null, ordering comparisons of anything but two numbers or two strings are null.
/// </summary>
internal static partial class Interpreter
{
    public static JmesValue Evaluate(Node node, JmesValue current)
    {
        switch (node.Kind)
        {
            case NodeKind.Current:
                return current;
            case NodeKind.Field:
                return current is JmesObject obj ? obj.Get(((FieldNode)node).Name) : JmesValue.Null;
            case NodeKind.Subexpression or NodeKind.IndexExpression:
                foreach (var child in ((ChainNode)node).Children)
                {
                    current = Evaluate(child, current);
                }

                return current;
            case NodeKind.Pipe:
                var pipe = (BinaryNode)node;
                return Evaluate(pipe.Right, Evaluate(pipe.Left, current));
            case NodeKind.Index:
                return Index(((IndexNode)node).Index, current);
            case NodeKind.Slice:
                return current is JmesArray array ? Slicing.Apply((SliceNode)node, array) : JmesValue.Null;
            case NodeKind.Projection or NodeKind.ValueProjection or NodeKind.FilterProjection:
                return Project((ProjectionNode)node, current);
            case NodeKind.Flatten:
                return Flatten(Evaluate(((UnaryNode)node).Child, current));
            case NodeKind.Literal:
                return ((LiteralNode)node).Value;
            case NodeKind.MultiSelectList:
                return MultiSelectList((MultiSelectListNode)node, current);
            case NodeKind.MultiSelectHash:
                return MultiSelectHash((MultiSelectHashNode)node, current);
            case NodeKind.Comparator:
                return Compare((ComparatorNode)node, current);
            case NodeKind.Or:
                var or = (BinaryNode)node;
                var left = Evaluate(or.Left, current);
                return left.IsTruthy ? left : Evaluate(or.Right, current);
            case NodeKind.And:
                var and = (BinaryNode)node;
                var first = Evaluate(and.Left, current);
                return first.IsTruthy ? Evaluate(and.Right, current) : first;
            case NodeKind.Not:
                return JmesBoolean.Of(!Evaluate(((UnaryNode)node).Child, current).IsTruthy);
            case NodeKind.Function:
                return CallFunction((FunctionNode)node, current);
            default:
                return new ExpressionReference(((UnaryNode)node).Child);
        }
    }

    private static JmesValue Index(long index, JmesValue current)
    {
        if (current is not JmesArray array)
        {
            return JmesValue.Null;
        }

        var at = index < 0 ? index + array.Count : index;
        return at >= 0 && at < array.Count ? array[(int)at] : JmesValue.Null;
    }

    private static JmesValue Project(ProjectionNode node, JmesValue current)
    {
        var basis = Evaluate(node.Left, current);
        if (node.Kind == NodeKind.ValueProjection)
        {
            if (basis is not JmesObject obj)
            {
                return JmesValue.Null;
            }

            var fromValues = new List<JmesValue>(obj.Count);
            for (var i = 0; i < obj.Count; i++)
            {
                Collect(node, obj[i].Value, fromValues);
            }

            return new JmesArray(fromValues);
        }

        if (basis is not JmesArray array)
        {
            return JmesValue.Null;
        }

        var collected = new List<JmesValue>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            Collect(node, array[i], collected);
        }

        return new JmesArray(collected);
    }

    /// <summary>Applies the right side to one element (when the filter, if any, holds), dropping nulls.</summary>
    private static void Collect(ProjectionNode node, JmesValue element, List<JmesValue> collected)
    {
        if (node.Condition is { } condition && !Evaluate(condition, element).IsTruthy)
        {
            return;
        }

        var result = Evaluate(node.Right, element);
        if (result.Kind != JmesKind.Null)
        {
            collected.Add(result);
        }
    }

    private static JmesValue Flatten(JmesValue basis)
    {
        if (basis is not JmesArray array)
        {
            return JmesValue.Null;
        }

        var merged = new List<JmesValue>(array.Count);
        foreach (var element in array)
        {
            if (element is JmesArray inner)
            {
                merged.AddRange(inner);
            }
            else
            {
                merged.Add(element);
            }
        }

        return new JmesArray(merged);
    }
}
