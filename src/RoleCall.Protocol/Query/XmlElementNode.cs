namespace RoleCall.Protocol.Query;

/// <summary>
/// A minimal element tree (local names, text, children): enough to walk a response by shape. Built by
/// <see cref="MiniXmlParser"/> rather than XmlReader, whose first use costs a CLI call several milliseconds
/// of assembly loading and JIT for documents this simple.
/// </summary>
internal sealed class XmlElementNode
{
    public XmlElementNode(string name) => Name = name;

    public string Name { get; }

    public string Text { get; set; } = string.Empty;

    public List<XmlElementNode> Children { get; } = [];

    public XmlElementNode? Child(string name) => Children.Find(c => c.Name == name);

    /// <summary>The first element named <paramref name="name"/> at any depth (this one included), in document order.</summary>
    public XmlElementNode? Descendant(string name)
    {
        // Iterative, so no document can exhaust the stack however deep it nests.
        var pending = new Stack<XmlElementNode>();
        pending.Push(this);
        while (pending.TryPop(out var node))
        {
            if (node.Name == name)
            {
                return node;
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return null;
    }

    /// <summary>Parses <paramref name="xml"/>; throws <see cref="FormatException"/> when it is not well-formed XML.</summary>
    public static XmlElementNode Parse(string xml) => MiniXmlParser.Parse(xml);
}
