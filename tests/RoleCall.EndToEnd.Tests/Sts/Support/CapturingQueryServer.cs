using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoleCall.EndToEnd.Tests.Sts.Support;

/// <summary>
/// A loopback HTTP/1.1 server that records the form parameters of every Query POST and answers each with a
/// 400 `ValidationError` (not retried by any client), so a test can compare what two clients put on the wire
/// for the same command line. One request per connection.
/// </summary>
internal sealed class CapturingQueryServer : IAsyncDisposable
{
    private const string Error = """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>ValidationError</Code><Message>captured</Message></Error><RequestId>capture</RequestId></ErrorResponse>
        """;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IReadOnlyList<string>> _requests = [];
    private readonly Task _loop;

    public CapturingQueryServer()
    {
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Takes the parameters of the requests received so far (each as sorted `name=value` lines).</summary>
    public List<IReadOnlyList<string>> Take()
    {
        lock (_requests)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await AnswerAsync(client.GetStream());
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0)
            {
                return;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]);
        var length = head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0)
            {
                return;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        var body = Encoding.UTF8.GetString([.. buffer.Skip(headerEnd + 4).Take(length)]);
        var parameters = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Select(p => WebUtility.UrlDecode(p[0]) + "=" + WebUtility.UrlDecode(p.Length > 1 ? p[1] : ""))
            .Order(StringComparer.Ordinal).ToList();
        lock (_requests)
        {
            _requests.Add(parameters);
        }

        var response = Encoding.UTF8.GetBytes(Error);
        var headers = $"HTTP/1.1 400 Bad Request\r\nContent-Type: text/xml\r\nContent-Length: {response.Length}\r\nx-amzn-RequestId: capture\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers), _stop.Token);
        await stream.WriteAsync(response, _stop.Token);
    }

    private static int IndexOfBlankLine(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
