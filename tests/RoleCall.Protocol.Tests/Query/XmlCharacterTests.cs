using System.Globalization;
using System.Xml.Linq;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Tests.Query;

/// <summary>
/// Issue 17, item 4: no value can make a response invalid XML. A stored description holding U+0001 once broke
/// every listing of the account. Characters XML 1.0 can carry come back as they were; the others (most C0
/// controls, U+FFFE, U+FFFF, lone surrogates) come back as U+FFFD, in results and in error messages alike.
/// </summary>
public sealed class XmlCharacterTests
{
    private static bool XmlCanCarry(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    private static string Expected(char c) => "a" + (XmlCanCarry(c) ? c.ToString() : "\uFFFD") + "b";

    private static ResultStruct Role(string description) => new("r",
    [
        new ResultList("Roles", [new ResultStruct("member", [new ResultValue("RoleName", "r"), new ResultValue("Description", description)])]),
        new ResultValue("IsTruncated", "false", ScalarKind.Boolean),
    ]);

    [Fact]
    public void Should_write_every_utf16_code_unit_as_xml_an_xml_reader_parses_back()
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            var value = "a" + c + "b";

            var success = XDocument.Parse(QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Role(value), "rid"));
            var error = XDocument.Parse(QueryXmlWriter.ErrorToString(QueryNamespaces.Iam, AwsServiceException.Validation(value), "rid"));

            var label = code.ToString("X4", CultureInfo.InvariantCulture);
            Assert.True(Expected(c) == success.Descendants().Single(e => e.Name.LocalName == "Description").Value, "U+" + label + " in a result");
            Assert.True(Expected(c) == error.Descendants().Single(e => e.Name.LocalName == "Message").Value, "U+" + label + " in an error");
        }
    }

    [Fact]
    public void Should_be_parsed_by_botocore_whatever_control_or_latin1_character_a_value_holds()
    {
        var codes = Enumerable.Range(0, 0x100).Append(0xFFFE).Append(0xFFFF).Append(0xD800).ToArray();
        var cases = codes.Select(code => BotocoreParsesWriterOutputTests.Case("iam", "ListRoles", 200,
            QueryXmlWriter.SuccessToString("ListRoles", QueryNamespaces.Iam, Role("a" + (char)code + "b"), "rid"))).ToArray();

        var parsed = BotocoreParsesWriterOutputTests.RunBotocore(cases);

        Assert.Equal(codes.Length, parsed.Count);
        for (var i = 0; i < codes.Length; i++)
        {
            // botocore reads the body through an XML parser that also folds a bare CR; the writer's &#xD; keeps it.
            Assert.Equal(Expected((char)codes[i]), parsed[i].GetProperty("Roles")[0].GetProperty("Description").GetString());
        }
    }
}
