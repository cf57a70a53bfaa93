namespace RoleCall.JmesPath.Syntax;

/// <summary>`{k: a, l: b}`: an object of the results in the written order (null when the current value is null).</summary>
internal sealed class MultiSelectHashNode(IReadOnlyList<KeyValuePair<string, Node>> entries) : Node(NodeKind.MultiSelectHash)
{
    public IReadOnlyList<KeyValuePair<string, Node>> Entries { get; } = entries;
}
