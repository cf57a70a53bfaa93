using System.Buffers;
using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Protocol.Query;

/// <summary>
/// Renders Query-protocol response bodies as AWS does (two-space indentation, no XML declaration):
/// <code>
/// &lt;GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"&gt;
///   &lt;GetUserResult&gt;...result nodes...&lt;/GetUserResult&gt;      (absent when the result is null)
///   &lt;ResponseMetadata&gt;&lt;RequestId&gt;uuid&lt;/RequestId&gt;&lt;/ResponseMetadata&gt;
/// &lt;/GetUserResponse&gt;
/// </code>
/// and errors as `&lt;ErrorResponse xmlns&gt;&lt;Error&gt;&lt;Type&gt;Sender|Receiver&lt;/Type&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;`.
/// The HTTP side (status, `Content-Type: text/xml`, `x-amzn-RequestId`) is the server's.
/// </summary>
public static class QueryXmlWriter
{
    public const string ContentType = "text/xml";

    /// <summary>Writes a success body for <paramref name="action"/>; <paramref name="result"/>'s own Name is ignored.</summary>
    public static void WriteSuccess(IBufferWriter<byte> output, string action, string xmlNamespace, ResultStruct? result, string requestId)
    {
        ArgumentNullException.ThrowIfNull(action);
        var xml = new Utf8XmlOutput(output);
        var response = action + "Response";
        xml.Raw("<"u8);
        xml.Raw(response);
        xml.Raw(" xmlns=\""u8);
        xml.Raw(xmlNamespace);
        xml.Raw("\">"u8);
        if (result is not null)
        {
            var resultName = action + "Result";
            xml.Indent(1);
            xml.Open(resultName);
            WriteChildren(xml, result.Children, 2);
            xml.Indent(1);
            xml.Close(resultName);
        }

        xml.Indent(1);
        xml.Raw("<ResponseMetadata>"u8);
        xml.Indent(2);
        xml.Element("RequestId", requestId);
        xml.Indent(1);
        xml.Raw("</ResponseMetadata>"u8);
        xml.Raw("\n</"u8);
        xml.Raw(response);
        xml.Raw(">\n"u8);
    }

    /// <summary>Writes the error body for <paramref name="error"/> (Type from its SenderFault).</summary>
    public static void WriteError(IBufferWriter<byte> output, string xmlNamespace, AwsServiceException error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        var xml = new Utf8XmlOutput(output);
        xml.Raw("<ErrorResponse xmlns=\""u8);
        xml.Raw(xmlNamespace);
        xml.Raw("\">\n  <Error>\n    <Type>"u8);
        xml.Raw(error.SenderFault ? "Sender"u8 : "Receiver"u8);
        xml.Raw("</Type>"u8);
        xml.Indent(2);
        xml.Element("Code", error.Code);
        xml.Indent(2);
        xml.Element("Message", error.Message);
        xml.Raw("\n  </Error>"u8);
        xml.Indent(1);
        xml.Element("RequestId", requestId);
        xml.Raw("\n</ErrorResponse>\n"u8);
    }

    public static string SuccessToString(string action, string xmlNamespace, ResultStruct? result, string requestId)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        WriteSuccess(buffer, action, xmlNamespace, result, requestId);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string ErrorToString(string xmlNamespace, AwsServiceException error, string requestId)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        WriteError(buffer, xmlNamespace, error, requestId);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteChildren(Utf8XmlOutput xml, IReadOnlyList<ResultNode> children, int depth)
    {
        foreach (var child in children)
        {
            xml.Indent(depth);
            WriteNode(xml, child.Name, child, depth);
        }
    }

    // Writes <name>...</name> for any node kind; list members and map entries reuse it with fixed names.
    // A node marked reusable is rendered once per name and depth and copied from then on.
    private static void WriteNode(Utf8XmlOutput xml, string name, ResultNode node, int depth)
    {
        if (!ReusableResults.TryWrite(xml, name, node, depth, WriteNodeContent))
        {
            WriteNodeContent(xml, name, node, depth);
        }
    }

    private static void WriteNodeContent(Utf8XmlOutput xml, string name, ResultNode node, int depth)
    {
        switch (node)
        {
            case ResultValue value:
                xml.Element(name, value.Value);
                return;
            case ResultStruct { Children.Count: 0 }:
            case ResultList { Members.Count: 0 }:
            case ResultMap { Entries.Count: 0 }:
                xml.Raw("<"u8);
                xml.Raw(name);
                xml.Raw("/>"u8);
                return;
            case ResultStruct structure:
                xml.Open(name);
                WriteChildren(xml, structure.Children, depth + 1);
                break;
            case ResultList list:
                xml.Open(name);
                foreach (var member in list.Members)
                {
                    xml.Indent(depth + 1);
                    WriteNode(xml, "member", member, depth + 1);
                }

                break;
            case ResultMap map:
                xml.Open(name);
                foreach (var (key, value) in map.Entries)
                {
                    xml.Indent(depth + 1);
                    xml.Raw("<entry>"u8);
                    xml.Indent(depth + 2);
                    xml.Element("key", key);
                    xml.Indent(depth + 2);
                    WriteNode(xml, "value", value, depth + 2);
                    xml.Indent(depth + 1);
                    xml.Raw("</entry>"u8);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown result node {node.GetType().Name}");
        }

        xml.Indent(depth);
        xml.Close(name);
    }
}
