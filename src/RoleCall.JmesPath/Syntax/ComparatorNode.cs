namespace RoleCall.JmesPath.Syntax;

/// <summary>`a == b` and friends.</summary>
internal sealed class ComparatorNode(Comparison comparison, Node left, Node right) : Node(NodeKind.Comparator)
{
    public Comparison Comparison { get; } = comparison;

    public Node Left { get; } = left;

    public Node Right { get; } = right;
}
