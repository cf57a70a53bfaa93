using System.Net.Sockets;
using System.Text;

namespace RoleCall.Vault.Agent;

/// <summary>
/// The vault agent (`rolecall vault unlock` starts it, like ssh-agent): holds one vault's derived key in memory
/// and hands it over a 0600 Unix socket to processes of the same uid (SO_PEERCRED, <see cref="PeerPolicy"/>).
/// One request line per connection: KEY DIR, READ NAME64 DIR (an opened item), PING or LOCK. It exits, zeroing the key and removing the socket,
/// on LOCK or after <paramref name="idleTimeout"/> without a request.
/// </summary>
public sealed class AgentServer(string socketPath, string vaultDirectory, byte[] key, TimeSpan idleTimeout, TimeProvider time)
{
    private readonly uint _ownUid = UnixIdentity.CurrentUid();
    private DateTimeOffset _lastUse = time.GetUtcNow();

    /// <summary>Connections refused because the peer had another uid (for tests and --debug).</summary>
    public int Refused { get; private set; }

    public async Task RunAsync(Action onReady, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(onReady);
        using var listener = Listen();
        onReady();
        try
        {
            while (true)
            {
                var left = idleTimeout - (time.GetUtcNow() - _lastUse);
                if (left <= TimeSpan.Zero)
                {
                    return;
                }

                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                idle.CancelAfter(left);
                Socket peer;
                try
                {
                    peer = await listener.AcceptAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    continue;
                }

                using (peer)
                {
                    if (!await ServeAsync(peer, cancellation))
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            Array.Clear(key);
            System.IO.File.Delete(socketPath);
        }
    }

    private Socket Listen()
    {
        File.SecureFiles.EnsureDirectory(Path.GetDirectoryName(socketPath)!);
        System.IO.File.Delete(socketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        if (!OperatingSystem.IsWindows())
        {
            // The 0700 directory already keeps others out between bind and chmod.
            System.IO.File.SetUnixFileMode(socketPath, File.SecureFiles.FileMode);
        }

        listener.Listen(16);
        return listener;
    }

    /// <summary>Answers one request; false when the agent should stop (LOCK).</summary>
    private async Task<bool> ServeAsync(Socket peer, CancellationToken cancellation)
    {
        using var stream = new NetworkStream(peer, ownsSocket: false);
        if (!PeerPolicy.Allows(UnixIdentity.PeerUid(peer), _ownUid))
        {
            Refused++;
            await stream.WriteAsync("REFUSED another user\n"u8.ToArray(), cancellation);
            return true;
        }

        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        string? line;
        try
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return true;
        }

        var (reply, keepRunning) = Answer(line ?? string.Empty);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\n"), cancellation);
        return keepRunning;
    }

    /// <summary>
    /// READ NAME64 DIR: the item opened here, with the key this agent holds (<see cref="AgentItemLine"/>); NONE when
    /// there is no such item. A damaged item is NO: the client opens it itself and reports it with its usual error.
    /// </summary>
    private string Read(string request)
    {
        var space = request.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || request[(space + 1)..] != vaultDirectory)
        {
            return "NO this agent holds another vault";
        }

        try
        {
            var name = Encoding.UTF8.GetString(Convert.FromBase64String(request[..space]));
            var item = new File.FileBackend(vaultDirectory, _ => (byte[])key.Clone()).Read(name);
            return item is null ? "NONE" : "OK " + AgentItemLine.Format(item);
        }
        catch (Exception e) when (e is VaultException or FormatException or ArgumentException or IOException)
        {
            return "NO the agent could not open that item";
        }
    }

    private (string Reply, bool KeepRunning) Answer(string line)
    {
        _lastUse = time.GetUtcNow();
        if (line == "LOCK")
        {
            return ("OK", false);
        }

        if (line == "PING")
        {
            return ("OK " + vaultDirectory, true);
        }

        if (line.StartsWith("KEY ", StringComparison.Ordinal))
        {
            return line[4..] == vaultDirectory ? ("OK " + Convert.ToBase64String(key), true) : ("NO this agent holds another vault", true);
        }

        if (line.StartsWith("READ ", StringComparison.Ordinal))
        {
            return (Read(line[5..]), true);
        }

        return ("NO unknown request", true);
    }
}
