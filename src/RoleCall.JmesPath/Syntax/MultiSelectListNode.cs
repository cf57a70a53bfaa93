namespace RoleCall.JmesPath.Syntax;

/// <summary>`[a, b]`: an array of the results (null when the current value is null).</summary>
internal sealed class MultiSelectListNode(IReadOnlyList<Node> items) : Node(NodeKind.MultiSelectList)
{
    public IReadOnlyList<Node> Items { get; } = items;
}
