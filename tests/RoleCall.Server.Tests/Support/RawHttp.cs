using System.Net.Sockets;
using System.Text;

namespace RoleCall.Server.Tests.Support;

/// <summary>
/// HTTP/1.1 written byte by byte over a socket, for requests HttpClient refuses to send: lying
/// Content-Lengths, absurd chunk sizes, a body that never comes.
/// </summary>
internal sealed class RawHttp : IDisposable
{
    private readonly TcpClient _client = new();

    private RawHttp()
    {
    }

    public static async Task<RawHttp> ConnectAsync(Uri server)
    {
        var raw = new RawHttp();
        await raw._client.ConnectAsync(server.Host, server.Port);
        return raw;
    }

    /// <summary>Sends a POST's head (and optionally the start of its body) and leaves the connection open.</summary>
    public async Task SendAsync(string headers, string body = "")
    {
        var text = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" + headers + "\r\n" + body;
        await _client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(text));
    }

    public Task SendBytesAsync(byte[] bytes) => _client.GetStream().WriteAsync(bytes).AsTask();

    /// <summary>The status code of the response, or 0 when none arrives within the timeout.</summary>
    public async Task<(int Status, string Response)> ReadResponseAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (!text.ToString().Contains("</ErrorResponse>", StringComparison.Ordinal)
                && await _client.GetStream().ReadAsync(buffer, cancel.Token) is var read and > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The server may close after answering; what arrived is the answer.
        }

        var response = text.ToString();
        var status = response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(response.AsSpan(9, 3), provider: null) : 0;
        return (status, response);
    }

    public void Dispose() => _client.Dispose();
}
