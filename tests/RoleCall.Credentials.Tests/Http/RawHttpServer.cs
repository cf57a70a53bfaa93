using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>
/// A loopback TCP server that answers each accepted connection with a script working on raw bytes, for the
/// framing cases a real HTTP server will not produce on demand (chunked bodies, closing idle connections,
/// never answering). Counts connections and records each request head.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<Connection, Task> _script;
    private readonly Task _loop;
    private readonly List<TcpClient> _clients = [];
    private int _connections;

    public RawHttpServer(Func<Connection, Task> script)
    {
        _script = script;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptAsync);
    }

    public Uri Url { get; }

    public int Connections => Volatile.Read(ref _connections);

    public List<string> RequestHeads { get; } = [];

    public void Dispose()
    {
        _listener.Stop();
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
        }

        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener stops.
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            var client = await _listener.AcceptTcpClientAsync();
            lock (_clients)
            {
                _clients.Add(client);
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => _script(new Connection(this, client)));
        }
    }

    internal sealed class Connection(RawHttpServer server, TcpClient client)
    {
        private readonly NetworkStream _stream = client.GetStream();

        /// <summary>Reads one request (head and Content-Length body) and returns its head; null at end of stream.</summary>
        public async Task<string?> ReadRequestAsync()
        {
            var bytes = new List<byte>();
            var one = new byte[1];
            while (!EndsWithBlankLine(bytes))
            {
                if (await _stream.ReadAsync(one) == 0)
                {
                    return null;
                }

                bytes.Add(one[0]);
            }

            var head = Encoding.ASCII.GetString(bytes.ToArray());
            var length = head.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            await _stream.ReadExactlyAsync(new byte[length]);
            lock (server.RequestHeads)
            {
                server.RequestHeads.Add(head);
            }

            return head;
        }

        public Task WriteAsync(string text) => _stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        public void Close() => client.Dispose();

        private static bool EndsWithBlankLine(List<byte> bytes) =>
            bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';
    }
}
