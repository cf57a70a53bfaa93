namespace RoleCall.JmesPath.Syntax;

/// <summary>`foo` or `"foo"`: the value of a key of an object, null for anything else.</summary>
internal sealed class FieldNode(string name) : Node(NodeKind.Field)
{
    public string Name { get; } = name;
}
