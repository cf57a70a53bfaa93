namespace RoleCall.JmesPath.Syntax;

/// <summary>`left[]` (Flatten), `!expr` (Not) and `&amp;expr` (ExpressionReference).</summary>
internal sealed class UnaryNode(NodeKind kind, Node child) : Node(kind)
{
    public Node Child { get; } = child;
}
