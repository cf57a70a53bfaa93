using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>
/// A TCP proxy in front of PostgreSQL that can make a replica's listening connections go silent while staying
/// open: after <see cref="SilenceListeners"/>, nothing the server sends on a connection that issued `LISTEN`
/// reaches the client any more, as with a half-open TCP connection after a network partition or a pooler that
/// does not forward NOTIFY. The replica sees no error, so only the version check on read can tell it that
/// its cache is outdated. Every other connection is forwarded untouched.
/// </summary>
internal sealed class SilencingProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int target;
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> clients = [];
    private volatile bool silenced;
    private long requests;

    public SilencingProxy(int targetPort)
    {
        target = targetPort;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many reads from clients other than listeners were forwarded to the server: roughly, round trips.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>From now on, listening connections receive nothing (what they were sent is dropped).</summary>
    public void SilenceListeners() => silenced = true;

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        lock (clients)
        {
            clients.ForEach(c => c.Dispose());
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, target);
            lock (clients)
            {
                clients.Add(client);
                clients.Add(server);
            }

            var listening = new StrongBox<bool>();
            _ = PumpAsync(client.GetStream(), server.GetStream(), listening, toClient: false);
            _ = PumpAsync(server.GetStream(), client.GetStream(), listening, toClient: true);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, StrongBox<bool> listening, bool toClient)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
            {
                // A simple-query message carrying LISTEN marks the connection as a listener (ChangeListener's).
                if (!toClient && Encoding.ASCII.GetString(buffer, 0, read).Contains("LISTEN ", StringComparison.Ordinal))
                {
                    listening.Value = true;
                }

                if (!toClient && !listening.Value)
                {
                    Interlocked.Increment(ref requests);
                }

                if (toClient && silenced && listening.Value)
                {
                    continue;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Either side closed, or the proxy stopped.
        }
    }
}
