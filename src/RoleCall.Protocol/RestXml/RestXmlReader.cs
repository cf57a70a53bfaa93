using System.Xml;
using System.Xml.Linq;

namespace RoleCall.Protocol.RestXml;

/// <summary>
/// Parses a small REST-XML request body (CreateBucketConfiguration, Delete, CompleteMultipartUpload,
/// Tagging) without DTDs or external entities; null for a body that is not well-formed XML. Elements are
/// matched by local name, whatever namespace the client used.
/// </summary>
public static class RestXmlReader
{
    public static XElement? Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 4 * 1024 * 1024 };
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The children of <paramref name="parent"/> with this local name.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent.Elements().Where(e => e.Name.LocalName == name);
    }

    /// <summary>The text of the first child with this local name, or null.</summary>
    public static string? Text(XElement parent, string name) => Children(parent, name).FirstOrDefault()?.Value;
}
