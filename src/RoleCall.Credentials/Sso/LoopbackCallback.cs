using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The authorization-code flow's redirect target: a listener on 127.0.0.1 (a free port unless one is asked for)
/// that answers `GET /oauth/callback?code=..&amp;state=..` (or `?error=..`) with a page telling the user to go back
/// to the terminal, and hands the first such answer to the login. Connections are served concurrently, so a
/// browser's idle pre-connection cannot hold the real callback up; each gets <see cref="RequestTimeout"/> to
/// send its request (botocore's 10 seconds). Other paths get 404 and the wait goes on.
/// </summary>
internal sealed class LoopbackCallback : IDisposable
{
    /// <summary>What the client registers (RFC 8252 7.3: the server matches any port on a loopback URI).</summary>
    public const string RegisteredRedirectUri = "http://127.0.0.1/oauth/callback";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<CallbackAnswer> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _expectedState = "";

    public LoopbackCallback(int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The redirect URI with the bound port, as /authorize and CreateToken must both name it.</summary>
    public string RedirectUri => $"http://127.0.0.1:{Port}/oauth/callback";

    /// <summary>Waits for the callback; the page shown says whether <paramref name="expectedState"/> matched.</summary>
    public async Task<CallbackAnswer> WaitAsync(string expectedState, CancellationToken cancellation)
    {
        _expectedState = expectedState;
        _ = AcceptAsync();
        return await _answer.Task.WaitAsync(cancellation);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(connection);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Disposed: the login is over.
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(RequestTimeout);
                var stream = connection.GetStream();
                var target = await ReadTargetAsync(stream, timeout.Token);
                var answer = target is null ? null : Parse(target);
                var (status, page) = answer is null ? ("404 Not Found", CallbackPage.NotFound) : ("200 OK", CallbackPage.For(answer, _expectedState));
                var body = Encoding.UTF8.GetBytes(page);
                var head = $"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
                await stream.WriteAsync(body, timeout.Token);
                if (answer is not null)
                {
                    _answer.TrySetResult(answer);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // A connection that sent nothing in time, or went away: the wait goes on.
            }
        }
    }

    /// <summary>The request target of a GET (`/oauth/callback?...`), read up to the end of the head (at most 16 KiB).</summary>
    private static async Task<string?> ReadTargetAsync(NetworkStream stream, CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellation);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var line = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n", 2)[0].Split(' ');
        return line is ["GET", var target, _] ? target : null;
    }

    private static CallbackAnswer? Parse(string target)
    {
        var parts = target.Split('?', 2);
        if (parts[0] != "/oauth/callback")
        {
            return null;
        }

        var query = System.Web.HttpUtility.ParseQueryString(parts.Length > 1 ? parts[1] : "");
        return query["error"] is not null || (query["code"] is not null && query["state"] is not null)
            ? new CallbackAnswer(query["code"], query["state"], query["error"], query["error_description"])
            : null;
    }
}
