using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleCall.Credentials.Tests.Support;

/// <summary>
/// Replays a smithy-rs "dvr" recording (http-traffic.json): each request takes the next recorded connection,
/// whose method and URI must match, and gets its recorded status and body. Bodies and signatures are not
/// compared (smithy-rs does not either; the recorded signatures were edited).
/// </summary>
internal sealed class ReplayHandler : HttpMessageHandler
{
    private readonly Queue<(string Method, string Uri, int Status, string Body)> _connections = new();

    public ReplayHandler(string trafficFile)
    {
        var byConnection = new SortedDictionary<int, (string Method, string Uri, int Status, StringBuilder Body)>();
        foreach (var e in JsonNode.Parse(File.ReadAllText(trafficFile))!["events"]!.AsArray())
        {
            var id = e!["connection_id"]!.GetValue<int>();
            var action = e["action"]!;
            if (action["Request"]?["request"] is { } request)
            {
                byConnection[id] = (request["method"]!.GetValue<string>(), request["uri"]!.GetValue<string>(), 0, new StringBuilder());
            }
            else if (action["Response"]?["response"]?["Ok"] is { } response)
            {
                byConnection[id] = byConnection[id] with { Status = response["status"]!.GetValue<int>() };
            }
            else if (action["Data"] is { } data && data["direction"]!.GetValue<string>() == "Response")
            {
                byConnection[id].Body.Append(data["data"]!["Utf8"]!.GetValue<string>());
            }
        }

        foreach (var (_, c) in byConnection)
        {
            _connections.Enqueue((c.Method, c.Uri, c.Status, c.Body.ToString()));
        }
    }

    public List<string> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add($"{request.Method} {request.RequestUri}");
        if (!_connections.TryDequeue(out var next))
        {
            throw new HttpRequestException($"unexpected request {request.Method} {request.RequestUri}: the recording has no more connections");
        }

        Assert.Equal($"{next.Method} {new Uri(next.Uri)}", $"{request.Method} {request.RequestUri}");
        return Task.FromResult(new HttpResponseMessage((HttpStatusCode)next.Status)
        {
            Content = new StringContent(next.Body, Encoding.UTF8, "text/xml"),
            RequestMessage = request,
        });
    }
}
