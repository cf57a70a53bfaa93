using System.Text;
using RoleCall.Core.Errors;

namespace RoleCall.Protocol.RestXml;

/// <summary>
/// Builds S3's REST-XML bodies: an XML declaration, a root in S3's namespace (errors have none), elements
/// with escaped text. Element order is the caller's: S3's documented order, which SDK parsers do not need
/// but people diffing against AWS do.
/// <code>
/// var xml = RestXmlWriter.Document("ListAllMyBucketsResult");
/// xml.Open("Buckets"); ... xml.Element("Name", name); ... xml.Close("Buckets");
/// byte[] body = xml.Finish();
/// </code>
/// </summary>
public sealed class RestXmlWriter
{
    public const string S3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";
    public const string ContentType = "application/xml";

    private readonly StringBuilder _text = new(512);
    private readonly string _root;

    private RestXmlWriter(string root, string? xmlNamespace)
    {
        _root = root;
        _text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").Append(root);
        if (xmlNamespace is not null)
        {
            _text.Append(" xmlns=\"").Append(xmlNamespace).Append('"');
        }

        _text.Append('>');
    }

    /// <summary>A document whose root element is in S3's namespace.</summary>
    public static RestXmlWriter Document(string root) => new(root, S3Namespace);

    /// <summary>S3's error body: `&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;details&lt;RequestId/&gt;&lt;HostId/&gt;&lt;/Error&gt;`, no namespace.</summary>
    public static byte[] Error(AwsServiceException error, string requestId, string hostId)
    {
        ArgumentNullException.ThrowIfNull(error);
        var xml = new RestXmlWriter("Error", null);
        xml.Element("Code", error.Code);
        xml.Element("Message", error.Message);
        foreach (var (name, value) in error.Details)
        {
            xml.Element(name, value);
        }

        xml.Element("RequestId", requestId);
        xml.Element("HostId", hostId);
        return xml.Finish();
    }

    public RestXmlWriter Open(string name)
    {
        _text.Append('<').Append(name).Append('>');
        return this;
    }

    public RestXmlWriter Close(string name)
    {
        _text.Append("</").Append(name).Append('>');
        return this;
    }

    public RestXmlWriter Element(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append('<').Append(name).Append('>');
        Escape(value);
        _text.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>Escaped text inside the current element (the root's own text: GetBucketLocation).</summary>
    public RestXmlWriter Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Escape(value);
        return this;
    }

    public RestXmlWriter Element(string name, long value) => Element(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public RestXmlWriter Element(string name, bool value) => Element(name, value ? "true" : "false");

    public byte[] Finish()
    {
        _text.Append("</").Append(_root).Append('>');
        return Encoding.UTF8.GetBytes(_text.ToString());
    }

    private void Escape(string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => _text.Append("&amp;"),
                '<' => _text.Append("&lt;"),
                '>' => _text.Append("&gt;"),
                '"' => _text.Append("&quot;"),
                '\r' => _text.Append("&#13;"),
                '\n' => _text.Append("&#10;"),
                _ => _text.Append(c),
            };
        }
    }
}
