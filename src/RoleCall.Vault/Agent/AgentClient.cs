using System.Net.Sockets;
using System.Text;

namespace RoleCall.Vault.Agent;

/// <summary>Talks to a running agent; every call answers null when no agent listens (then callers prompt).</summary>
public sealed class AgentClient(string socketPath)
{
    public string SocketPath { get; } = socketPath;

    /// <summary>The key the agent holds for <paramref name="vaultDirectory"/>, or null (no agent, another vault).</summary>
    public byte[]? Key(string vaultDirectory) =>
        Ask("KEY " + vaultDirectory) is { } reply && reply.StartsWith("OK ", StringComparison.Ordinal) ? Convert.FromBase64String(reply[3..]) : null;

    /// <summary>The vault directory of a running agent, or null.</summary>
    public string? Ping() => Ask("PING") is { } reply && reply.StartsWith("OK ", StringComparison.Ordinal) ? reply[3..] : null;

    /// <summary>Ends the agent; false when none was running.</summary>
    public bool Lock() => Ask("LOCK") == "OK";

    /// <summary>One request line and its reply line; null when nothing listens on the socket.</summary>
    public string? Ask(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!System.IO.File.Exists(SocketPath))
        {
            return null;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.ReceiveTimeout = 5000;
            socket.SendTimeout = 5000;
            socket.Connect(new UnixDomainSocketEndPoint(SocketPath));
            using var stream = new NetworkStream(socket, ownsSocket: false);
            stream.Write(Encoding.ASCII.GetBytes(request + "\n"));
            using var reader = new StreamReader(stream, Encoding.ASCII);
            var reply = reader.ReadLine();
            return reply?.StartsWith("REFUSED", StringComparison.Ordinal) == true ? throw VaultErrors.AgentRefused(reply[8..]) : reply;
        }
        catch (SocketException)
        {
            // A stale socket file from an agent that died: as good as no agent.
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
