using System.Xml.Linq;

namespace RoleCall.Server.Tests.Support;

/// <summary>An HTTP response read whole: status, the headers that matter, and the XML body's parts.</summary>
internal sealed record Reply(int Status, string? ContentType, string? RequestIdHeader, string Body)
{
    public XDocument Xml => XDocument.Parse(Body);

    /// <summary>The text of the first element with this local name, or null.</summary>
    public string? Element(string localName) => Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    public string? ErrorCode => Element("Code");

    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.Headers.TryGetValues("x-amzn-RequestId", out var ids);
        return new Reply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, ids?.FirstOrDefault(), body);
    }
}
