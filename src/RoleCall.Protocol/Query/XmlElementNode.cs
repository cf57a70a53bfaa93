using System.Xml;

namespace RoleCall.Protocol.Query;

/// <summary>
/// A minimal element tree read with <see cref="XmlReader"/> (local names, text, children): enough to walk a
/// response by shape, without LINQ to XML's cost at CLI startup. DTDs are refused.
/// </summary>
internal sealed class XmlElementNode
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        XmlResolver = null,
    };

    private XmlElementNode(string name) => Name = name;

    public string Name { get; }

    public string Text { get; private set; } = string.Empty;

    public List<XmlElementNode> Children { get; } = [];

    public XmlElementNode? Child(string name) => Children.Find(c => c.Name == name);

    /// <summary>The first element named <paramref name="name"/> at any depth (this one included).</summary>
    public XmlElementNode? Descendant(string name)
    {
        if (Name == name)
        {
            return this;
        }

        foreach (var child in Children)
        {
            if (child.Descendant(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Parses <paramref name="xml"/>; throws <see cref="XmlException"/> when it is not XML.</summary>
    public static XmlElementNode Parse(string xml)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        var stack = new Stack<XmlElementNode>();
        XmlElementNode? root = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new XmlElementNode(reader.LocalName);
                    if (stack.TryPeek(out var parent))
                    {
                        parent.Children.Add(element);
                    }

                    root ??= element;
                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(element);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (stack.TryPeek(out var owner))
                    {
                        owner.Text += reader.Value;
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
            }
        }

        return root ?? throw new XmlException("The response has no root element.");
    }
}
