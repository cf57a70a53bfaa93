using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>
/// Writes AWS Query responses: `text/xml`, the `x-amzn-RequestId` header, and the body in AWS's shape
/// (`&lt;ActionResponse xmlns&gt;&lt;ActionResult&gt;...&lt;/ActionResult&gt;&lt;ResponseMetadata&gt;` on success,
/// `&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;` on failure).
/// </summary>
internal static class ResponseWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, Async = false };

    public static Task WriteSuccessAsync(HttpContext http, QueryRequest query, ResultStruct? result, string requestId)
    {
        using var body = new MemoryStream(512);
        using (var xml = XmlWriter.Create(body, Settings))
        {
            xml.WriteStartElement(query.Action + "Response", ServiceNames.Namespace(query.Service));
            if (result is not null)
            {
                xml.WriteStartElement(query.Action + "Result");
                foreach (var child in result.Children)
                {
                    WriteNode(xml, child);
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement("ResponseMetadata");
            xml.WriteElementString("RequestId", requestId);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return WriteAsync(http, StatusCodes.Status200OK, body, requestId);
    }

    public static Task WriteErrorAsync(HttpContext http, string service, AwsServiceException error, string requestId)
    {
        using var body = new MemoryStream(512);
        using (var xml = XmlWriter.Create(body, Settings))
        {
            xml.WriteStartElement("ErrorResponse", ServiceNames.Namespace(service));
            xml.WriteStartElement("Error");
            xml.WriteElementString("Type", error.SenderFault ? "Sender" : "Receiver");
            xml.WriteElementString("Code", error.Code);
            xml.WriteElementString("Message", error.Message);
            xml.WriteEndElement();
            xml.WriteElementString("RequestId", requestId);
            xml.WriteEndElement();
        }

        return WriteAsync(http, error.HttpStatus, body, requestId);
    }

    private static void WriteNode(XmlWriter xml, ResultNode node)
    {
        switch (node)
        {
            case ResultValue value:
                xml.WriteElementString(value.Name, value.Value);
                break;
            case ResultStruct structure:
                xml.WriteStartElement(structure.Name);
                foreach (var child in structure.Children)
                {
                    WriteNode(xml, child);
                }

                xml.WriteEndElement();
                break;
            case ResultList list:
                xml.WriteStartElement(list.Name);
                foreach (var member in list.Members)
                {
                    WriteMember(xml, member);
                }

                xml.WriteEndElement();
                break;
            default:
                throw new InvalidOperationException($"Unknown result node {node.GetType().Name}");
        }
    }

    private static void WriteMember(XmlWriter xml, ResultNode member)
    {
        xml.WriteStartElement("member");
        switch (member)
        {
            case ResultValue value:
                xml.WriteString(value.Value);
                break;
            case ResultStruct structure:
                foreach (var child in structure.Children)
                {
                    WriteNode(xml, child);
                }

                break;
            case ResultList list:
                foreach (var inner in list.Members)
                {
                    WriteMember(xml, inner);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown result node {member.GetType().Name}");
        }

        xml.WriteEndElement();
    }

    private static async Task WriteAsync(HttpContext http, int status, MemoryStream body, string requestId)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/xml";
        response.Headers["x-amzn-RequestId"] = requestId;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), http.RequestAborted);
    }
}
