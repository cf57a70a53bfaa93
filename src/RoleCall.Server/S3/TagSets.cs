using System.Xml.Linq;
using RoleCall.Protocol.Query;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;

namespace RoleCall.Server.S3;

/// <summary>Tag sets both ways: `x-amz-tagging: k=v&amp;k2=v2` on PUT, and `&lt;Tagging&gt;&lt;TagSet&gt;&lt;Tag&gt;&lt;Key/&gt;&lt;Value/&gt;` bodies.</summary>
internal static class TagSets
{
    public static IReadOnlyList<KeyValuePair<string, string>> FromQuery(string? header) =>
        header is null ? [] : [.. FormCodec.Parse(header)];

    public static List<KeyValuePair<string, string>> FromXml(XElement? root)
    {
        var set = root is null || root.Name.LocalName != "Tagging" ? null : RestXmlReader.Children(root, "TagSet").FirstOrDefault();
        if (set is null)
        {
            throw S3Errors.MalformedXml();
        }

        var tags = new List<KeyValuePair<string, string>>();
        foreach (var tag in RestXmlReader.Children(set, "Tag"))
        {
            var key = RestXmlReader.Text(tag, "Key") ?? throw S3Errors.MalformedXml();
            if (tags.Any(t => t.Key == key))
            {
                throw S3Errors.InvalidRequest("Cannot provide multiple Tags with the same key");
            }

            tags.Add(KeyValuePair.Create(key, RestXmlReader.Text(tag, "Value") ?? string.Empty));
        }

        return tags;
    }

    public static byte[] ToXml(IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        var xml = RestXmlWriter.Document("Tagging").Open("TagSet");
        foreach (var (key, value) in tags)
        {
            xml.Open("Tag").Element("Key", key).Element("Value", value).Close("Tag");
        }

        return xml.Close("TagSet").Finish();
    }
}
