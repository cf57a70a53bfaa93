namespace RoleCall.Protocol.Query;

/// <summary>
/// The body of a successful Query response as a tree, independent of the wire: the server's handlers build it
/// and the XML writer renders it inside `&lt;ActionResponse&gt;&lt;ActionResult&gt;`; the client's XML reader
/// produces the same tree for output formatting. Element order is the API's shape order.
/// </summary>
public abstract record ResultNode(string Name);

/// <summary>A scalar element: text, number, boolean or timestamp already in its wire spelling.</summary>
public sealed record ResultValue(string Name, string Value, ScalarKind Kind = ScalarKind.Text) : ResultNode(Name);

/// <summary>A structure: named children in shape order.</summary>
public sealed record ResultStruct(string Name, IReadOnlyList<ResultNode> Children) : ResultNode(Name)
{
    /// <summary>The first child named <paramref name="name"/>, or null.</summary>
    public ResultNode? Child(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The text of the scalar child named <paramref name="name"/>, or null when absent or not a scalar.</summary>
    public string? ValueOf(string name) => (Child(name) as ResultValue)?.Value;
}

/// <summary>A list, written as `&lt;Name&gt;&lt;member&gt;...&lt;/member&gt;&lt;/Name&gt;`; members are nodes whose own Name is ignored.</summary>
public sealed record ResultList(string Name, IReadOnlyList<ResultNode> Members) : ResultNode(Name);

/// <summary>How a scalar prints in JSON output (the XML spelling is the same for all).</summary>
public enum ScalarKind
{
    Text,
    Number,
    Boolean,
    Timestamp,
}
