using System.Net;
using RoleCall.Core.Errors;

namespace RoleCall.Protocol.Query;

/// <summary>
/// The client's side of the Query protocol: turns a success body into a <see cref="ResultStruct"/> that
/// follows a <see cref="StructureShape"/> (members in shape order, missing members left out, unknown
/// elements ignored, as botocore parses), and an error body into an <see cref="AwsServiceException"/>.
/// </summary>
public static class QueryXmlReader
{
    /// <summary>Reads `&lt;ActionResponse&gt;&lt;ActionResult&gt;` following <paramref name="resultShape"/>.</summary>
    /// <exception cref="FormatException">The body is not well-formed XML.</exception>
    public static QueryResponse ReadSuccess(string body, string action, StructureShape resultShape)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(resultShape);
        var root = XmlElementNode.Parse(body);
        var resultName = action + "Result";
        var resultElement = root.Child(resultName);
        var result = resultElement is null
            ? new ResultStruct(resultName, [])
            : ReadStructure(resultName, resultElement, resultShape);
        return new QueryResponse(result, root.Descendant("RequestId")?.Text);
    }

    /// <summary>
    /// Reads an error body (`ErrorResponse/Error/{Type,Code,Message}` + `RequestId`, also the EC2-style
    /// `Response/Errors/Error`). A body that is not an AWS error keeps botocore's fallback: the HTTP status
    /// as the code and its reason phrase as the message.
    /// </summary>
    public static AwsServiceException ReadError(string body, int httpStatus, string? operation = null, string? requestIdHeader = null)
    {
        XmlElementNode? root = null;
        try
        {
            root = string.IsNullOrWhiteSpace(body) ? null : XmlElementNode.Parse(body);
        }
        catch (FormatException)
        {
            // Not XML (a proxy's HTML page, say): fall through to the status-based error.
        }

        var error = root?.Descendant("Error");
        var requestId = root?.Descendant("RequestId")?.Text ?? root?.Descendant("RequestID")?.Text ?? requestIdHeader;
        var code = error?.Child("Code")?.Text;
        if (string.IsNullOrEmpty(code))
        {
            var reason = ReasonPhrase(httpStatus);
            return new AwsServiceException(httpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, httpStatus, httpStatus < 500, requestId) { Operation = operation };
        }

        var senderFault = error!.Child("Type")?.Text is { } type ? type != "Receiver" : httpStatus < 500;
        return new AwsServiceException(code, error.Child("Message")?.Text ?? string.Empty, httpStatus, senderFault, requestId) { Operation = operation };
    }

    private static ResultNode Read(string name, XmlElementNode element, Shape shape) => shape switch
    {
        StructureShape structure => ReadStructure(name, element, structure),
        ListShape list => ReadList(name, element, list),
        MapShape map => ReadMap(name, element, map),
        ScalarShape scalar => new ResultValue(name, element.Text, scalar.Kind),
        _ => throw new InvalidOperationException($"Unknown shape {shape.GetType().Name}"),
    };

    private static ResultStruct ReadStructure(string name, XmlElementNode element, StructureShape shape)
    {
        var children = new List<ResultNode>(shape.Members.Count);
        foreach (var member in shape.Members)
        {
            if (element.Child(member.Name) is { } child)
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

    private static ResultMap ReadMap(string name, XmlElementNode element, MapShape shape)
    {
        var entries = new List<KeyValuePair<string, ResultNode>>(element.Children.Count);
        foreach (var entry in element.Children)
        {
            if (entry.Child(shape.KeyName) is { } key && entry.Child(shape.ValueName) is { } value)
            {
                entries.Add(new(key.Text, Read(shape.ValueName, value, shape.Value)));
            }
        }

        return new ResultMap(name, entries);
    }

    private static string ReasonPhrase(int status) => status switch
    {
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => ((HttpStatusCode)status).ToString(),
    };
}
