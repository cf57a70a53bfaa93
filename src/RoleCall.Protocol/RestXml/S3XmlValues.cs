using System.Globalization;
using RoleCall.Protocol.Query;

namespace RoleCall.Protocol.RestXml;

/// <summary>Reading the scalar members of S3's REST-XML results; a malformed value is a <see cref="FormatException"/>.</summary>
internal static class S3XmlValues
{
    public static XmlElementNode Root(string xml, string expected)
    {
        var root = XmlElementNode.Parse(xml);
        return root.Name == expected ? root : throw new FormatException($"expected <{expected}>, found <{root.Name}>");
    }

    public static string Text(XmlElementNode parent, string name) =>
        parent.Child(name)?.Text ?? throw new FormatException($"<{parent.Name}> has no <{name}>");

    /// <summary>S3 writes ISO 8601 in UTC (`2026-12-06T03:04:46.000Z`); botocore accepts any offset, and so does this.</summary>
    public static DateTimeOffset Timestamp(XmlElementNode parent, string name)
    {
        var text = Text(parent, name);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new FormatException($"<{name}> is not a timestamp: '{text}'");
    }

    public static long Long(XmlElementNode parent, string name)
    {
        var text = Text(parent, name);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"<{name}> is not a non-negative integer: '{text}'");
    }

    public static bool Boolean(XmlElementNode parent, string name) =>
        parent.Child(name)?.Text is { } text && text.Equals("true", StringComparison.OrdinalIgnoreCase);

    /// <summary>`encoding-type=url` answers percent-encode keys and prefixes (`+` is a space, as botocore's unquote_plus reads it).</summary>
    public static string Decode(string value, bool urlEncoded) =>
        urlEncoded ? Uri.UnescapeDataString(value.Replace('+', ' ')) : value;
}
