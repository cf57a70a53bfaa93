namespace RoleCall.JmesPath.Syntax;

/// <summary>`a || b`, `a &amp;&amp; b` and `a | b`.</summary>
internal sealed class BinaryNode(NodeKind kind, Node left, Node right) : Node(kind)
{
    public Node Left { get; } = left;

    public Node Right { get; } = right;
}
