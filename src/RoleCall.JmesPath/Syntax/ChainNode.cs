namespace RoleCall.JmesPath.Syntax;

/// <summary>
/// `a.b.c` (Subexpression) or `a[0][1]` (IndexExpression): each child evaluated against the previous result.
/// The kinds differ only for the parser, which extends an index expression in place as jmespath.py does.
/// </summary>
internal sealed class ChainNode(NodeKind kind, List<Node> children) : Node(kind)
{
    public IReadOnlyList<Node> Children => children;

    /// <summary>
    /// Extends the chain while it is being parsed (a node is only shared once parsing is over), so a long
    /// `a.b.c...` costs linear time instead of copying the children at every dot.
    /// </summary>
    public ChainNode Append(Node next)
    {
        children.Add(next);
        return this;
    }
}
