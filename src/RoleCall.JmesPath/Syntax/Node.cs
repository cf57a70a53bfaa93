namespace RoleCall.JmesPath.Syntax;

/// <summary>An immutable AST node; the parser builds them, the interpreter walks them, neither does both.</summary>
internal abstract class Node(NodeKind kind)
{
    public NodeKind Kind { get; } = kind;
}
