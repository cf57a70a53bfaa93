using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Ec2Query;

/// <summary>
/// The client's side of EC2 responses: `&lt;ActionResponse&gt;` holds the result members directly, structure
/// members are found by their wire name (<see cref="ShapeMember.XmlName"/>) and named by their API name,
/// lists hold `&lt;item&gt;` elements (<see cref="ListShape.MemberName"/>). Unknown elements are ignored and
/// missing members left out, as botocore's EC2 parser does. Errors read with <see cref="QueryXmlReader.ReadError"/>,
/// which knows EC2's `Response/Errors/Error` shape.
/// </summary>
public static class Ec2XmlReader
{
    /// <exception cref="FormatException">The body is not well-formed XML.</exception>
    public static QueryResponse ReadSuccess(string body, string action, StructureShape resultShape)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(resultShape);
        var root = XmlElementNode.Parse(body);
        var result = ReadStructure(action + "Result", root, resultShape);
        return new QueryResponse(result, root.Child("requestId")?.Text);
    }

    private static ResultNode Read(string name, XmlElementNode element, Shape shape) => shape switch
    {
        StructureShape structure => ReadStructure(name, element, structure),
        ListShape list => ReadList(name, element, list),
        ScalarShape scalar => new ResultValue(name, element.Text, scalar.Kind),
        _ => throw new InvalidOperationException($"EC2 responses have no {shape.GetType().Name}"),
    };

    private static ResultStruct ReadStructure(string name, XmlElementNode element, StructureShape shape)
    {
        var children = new List<ResultNode>(shape.Members.Count);
        foreach (var member in shape.Members)
        {
            if (element.Child(member.XmlName ?? member.Name) is { } child)
            {
                children.Add(Read(member.Name, child, member.Shape));
            }
        }

        return new ResultStruct(name, children);
    }

    private static ResultList ReadList(string name, XmlElementNode element, ListShape shape)
    {
        var members = new List<ResultNode>(element.Children.Count);
        foreach (var child in element.Children)
        {
            if (child.Name == shape.MemberName)
            {
                members.Add(Read(shape.MemberName, child, shape.Member));
            }
        }

        return new ResultList(name, members);
    }
}
