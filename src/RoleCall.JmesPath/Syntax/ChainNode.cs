namespace RoleCall.JmesPath.Syntax;

/// <summary>
/// `a.b.c` (Subexpression) or `a[0][1]` (IndexExpression): each child evaluated against the previous result.
/// The kinds differ only for the parser, which extends an index expression in place as jmespath.py does.
/// </summary>
internal sealed class ChainNode(NodeKind kind, IReadOnlyList<Node> children) : Node(kind)
{
    public IReadOnlyList<Node> Children { get; } = children;
}
