using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Syntax;

/// <summary>`` `json` `` or `'raw string'`: a constant.</summary>
internal sealed class LiteralNode(JmesValue value) : Node(NodeKind.Literal)
{
    public JmesValue Value { get; } = value;
}
