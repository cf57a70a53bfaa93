using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

public sealed class MiniXmlParserTests
{
    [Fact]
    public void Should_read_entities_character_references_CDATA_and_skip_declarations_comments_and_attributes()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <aws:R xmlns:aws="urn:x" a="1 > 0" b='q"'>
              <A>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;</A>
              <B><![CDATA[<raw> & text]]></B>
              <C/>
              <D attr="x"></D>
            </aws:R>
            """;

        var root = MiniXmlParser.Parse(xml);

        Assert.Equal("R", root.Name);
        Assert.Equal("<>&\"'A😀", root.Child("A")!.Text);
        Assert.Equal("<raw> & text", root.Child("B")!.Text);
        Assert.Equal("", root.Child("C")!.Text);
        Assert.Equal("", root.Child("D")!.Text);
        Assert.Equal(["A", "B", "C", "D"], root.Children.Select(c => c.Name));
    }

    [Theory]
    [InlineData("<a><b></a></b>")]
    [InlineData("<a>")]
    [InlineData("not xml at all")]
    [InlineData("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")]
    [InlineData("<a>&bogus;</a>")]
    [InlineData("<a/><b/>")]
    [InlineData("")]
    public void Should_refuse_malformed_documents(string xml)
    {
        Assert.Throws<FormatException>(() => MiniXmlParser.Parse(xml));
    }
}
