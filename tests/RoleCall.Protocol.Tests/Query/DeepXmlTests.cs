using System.Text;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

/// <summary>
/// Issue 17, item 6: a response of about 1 MB nesting 150,000 elements ended the client in a stack overflow
/// (exit 134 and a .NET stack dump). The parser bounds the depth and says so; nothing recurses per level.
/// </summary>
public sealed class DeepXmlTests
{
    private static string Nested(int depth, string inner = "")
    {
        var xml = new StringBuilder(depth * 7);
        for (var i = 0; i < depth; i++)
        {
            xml.Append("<a>");
        }

        xml.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            xml.Append("</a>");
        }

        return xml.ToString();
    }

    [Fact]
    public void Should_refuse_150000_nested_elements_with_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => XmlElementNode.Parse(Nested(150_000)));

        Assert.Equal($"The XML document nests elements more than {MiniXmlParser.MaxDepth} deep.", error.Message);
    }

    [Fact]
    public void Should_read_a_150000_deep_error_body_as_the_status_error_without_overflowing()
    {
        var error = QueryXmlReader.ReadError(Nested(150_000, "<Error><Code>X</Code></Error>"), 500);

        Assert.Equal(("500", 500), (error.Code, error.HttpStatus));
    }

    [Fact]
    public void Should_still_find_an_element_at_the_deepest_level_allowed()
    {
        var root = XmlElementNode.Parse(Nested(MiniXmlParser.MaxDepth - 1, "<RequestId>deep</RequestId>"));

        Assert.Equal("deep", root.Descendant("RequestId")?.Text);
    }
}
