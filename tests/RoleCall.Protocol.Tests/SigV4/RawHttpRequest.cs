using System.Text;
using RoleCall.Protocol.SigV4;

namespace RoleCall.Protocol.Tests.SigV4;

/// <summary>
/// A request from the suites' text files: `METHOD target HTTP/1.1`, `Name:Value` lines (folded continuation
/// lines joined with a space), a blank line, the body. The target is split on the LAST space before the
/// protocol, because `get-space-*` has a raw space in the path.
/// </summary>
internal sealed record RawHttpRequest(string Method, string Path, string Query, List<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static RawHttpRequest Load(string file) => Parse(File.ReadAllText(file, Encoding.UTF8));

    public static RawHttpRequest Parse(string text)
    {
        var lines = text.Split('\n');
        var requestLine = lines[0].TrimEnd('\r');
        var firstSpace = requestLine.IndexOf(' ');
        var lastSpace = requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal);
        var target = lastSpace > firstSpace ? requestLine[(firstSpace + 1)..lastSpace] : requestLine[(firstSpace + 1)..];
        var question = target.IndexOf('?');
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : target[(question + 1)..];

        var headers = new List<KeyValuePair<string, string>>();
        var i = 1;
        for (; i < lines.Length && lines[i].TrimEnd('\r').Length > 0; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line[0] is ' ' or '\t')
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':');
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : "";
        return new RawHttpRequest(requestLine[..firstSpace], path, query, headers, Encoding.UTF8.GetBytes(body));
    }

    public SigV4Request ToSigV4Request()
    {
        var request = new SigV4Request(Method, Path, Query) { PayloadSha256 = PayloadHash.Of(Body) };
        foreach (var header in Headers)
        {
            request.Headers.Add(header);
        }

        return request;
    }

    public SigV4IncomingRequest ToIncoming() => new(Method, Path, Query, PayloadHash.Of(Body));

    public HeaderList HeaderSource => new(Headers);
}
