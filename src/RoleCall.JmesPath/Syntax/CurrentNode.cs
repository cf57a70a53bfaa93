namespace RoleCall.JmesPath.Syntax;

/// <summary>`@`, and the implicit identity on either side of a projection.</summary>
internal sealed class CurrentNode() : Node(NodeKind.Current)
{
    public static CurrentNode Instance { get; } = new();
}
