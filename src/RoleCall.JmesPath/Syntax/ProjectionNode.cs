namespace RoleCall.JmesPath.Syntax;

/// <summary>
/// `left[*].right` (Projection, over an array), `left.*.right` (ValueProjection, over an object's values)
/// or `left[?condition].right` (FilterProjection): right is applied to each element; nulls are dropped.
/// </summary>
internal sealed class ProjectionNode(NodeKind kind, Node left, Node right, Node? condition = null) : Node(kind)
{
    public Node Left { get; } = left;

    public Node Right { get; } = right;

    public Node? Condition { get; } = condition;
}
