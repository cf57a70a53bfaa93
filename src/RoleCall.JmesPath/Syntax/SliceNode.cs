namespace RoleCall.JmesPath.Syntax;

/// <summary>`[start:stop:step]` on an array, with Python's slice semantics.</summary>
internal sealed class SliceNode(long? start, long? stop, long? step) : Node(NodeKind.Slice)
{
    public long? Start { get; } = start;

    public long? Stop { get; } = stop;

    public long? Step { get; } = step;
}
