namespace RoleCall.JmesPath.Syntax;

/// <summary>`[2]` or `[-1]` on an array; null for anything else or out of range.</summary>
internal sealed class IndexNode(long index) : Node(NodeKind.Index)
{
    public long Index { get; } = index;
}
