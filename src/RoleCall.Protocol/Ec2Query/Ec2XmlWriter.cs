using System.Buffers;
using System.Text;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.Ec2Query;

/// <summary>
/// Renders EC2 Query response bodies. EC2 differs from IAM's Query protocol in three places: the result
/// members sit directly in `&lt;ActionResponse&gt;` after a lowercase `&lt;requestId&gt;` (no `ActionResult`
/// wrapper, no ResponseMetadata), list members are `&lt;item&gt;`, and errors are
/// `&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/Errors&gt;&lt;RequestID/&gt;&lt;/Response&gt;`.
/// Node names are the wire names (`reservationSet`, `instanceId`); the ResultNode tree is the same type the
/// Query writer renders. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
/// </summary>
public static class Ec2XmlWriter
{
    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8;

    /// <summary>`&lt;ActionResponse xmlns&gt;&lt;requestId/&gt;...children of result...&lt;/ActionResponse&gt;`.</summary>
    public static void WriteSuccess(IBufferWriter<byte> output, string action, ResultStruct? result, string requestId)
    {
        ArgumentNullException.ThrowIfNull(action);
        var xml = new Utf8XmlOutput(output);
        var response = action + "Response";
        xml.Raw(Declaration);
        xml.Raw("<"u8);
        xml.Raw(response);
        xml.Raw(" xmlns=\""u8);
        xml.Raw(Ec2Api.Namespace);
        xml.Raw("\">"u8);
        xml.Indent(1);
        xml.Element("requestId", requestId);
        foreach (var child in result?.Children ?? [])
        {
            xml.Indent(1);
            WriteNode(xml, child.Name, child, 1);
        }

        xml.Raw("\n</"u8);
        xml.Raw(response);
        xml.Raw(">\n"u8);
    }

    /// <summary>EC2's error body; `RequestID` is upper-case here, unlike the success body's `requestId`.</summary>
    public static void WriteError(IBufferWriter<byte> output, AwsServiceException error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        var xml = new Utf8XmlOutput(output);
        xml.Raw(Declaration);
        xml.Raw("<Response><Errors><Error>"u8);
        xml.Element("Code", error.Code);
        xml.Element("Message", error.Message);
        xml.Raw("</Error></Errors>"u8);
        xml.Element("RequestID", requestId);
        xml.Raw("</Response>\n"u8);
    }

    public static string SuccessToString(string action, ResultStruct? result, string requestId)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        WriteSuccess(buffer, action, result, requestId);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string ErrorToString(AwsServiceException error, string requestId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteError(buffer, error, requestId);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // A node marked with ReusableResults (an unchanged instance, say) is rendered once and copied from then on.
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
                xml.Raw("<"u8);
                xml.Raw(name);
                xml.Raw("/>"u8);
                return;
            case ResultStruct structure:
                xml.Open(name);
                foreach (var child in structure.Children)
                {
                    xml.Indent(depth + 1);
                    WriteNode(xml, child.Name, child, depth + 1);
                }

                break;
            case ResultList list:
                xml.Open(name);
                foreach (var member in list.Members)
                {
                    xml.Indent(depth + 1);
                    WriteNode(xml, "item", member, depth + 1);
                }

                break;
            default:
                throw new InvalidOperationException($"EC2 responses have no {node.GetType().Name} nodes");
        }

        xml.Indent(depth);
        xml.Close(name);
    }
}
