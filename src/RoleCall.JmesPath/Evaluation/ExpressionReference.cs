using RoleCall.JmesPath.Syntax;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Evaluation;

/// <summary>The value of `&amp;expr`: the unevaluated expression, for sort_by, map, max_by and min_by.</summary>
internal sealed class ExpressionReference : JmesValue
{
    public ExpressionReference(Node node)
        : base(JmesKind.Expression) => Node = node;

    public Node Node { get; }
}
