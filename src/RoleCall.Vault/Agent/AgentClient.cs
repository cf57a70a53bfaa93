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

    /// <summary>
    /// The item as the agent opened it: (true, item), (true, null) when the agent has no such item, (false, null)
    /// when no agent holds this vault or it could not open the item (the caller then opens it itself).
    /// </summary>
    public (bool Answered, VaultItem? Item) Read(string vaultDirectory, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reply = Ask("READ " + Convert.ToBase64String(Encoding.UTF8.GetBytes(name)) + " " + vaultDirectory);
        if (reply == "NONE")
        {
            return (true, null);
        }

        return reply is not null && reply.StartsWith("OK ", StringComparison.Ordinal) && AgentItemLine.Parse(reply[3..]) is { } item ? (true, item) : (false, null);
    }

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
            // Plain blocking Send/Receive, no NetworkStream or reader: the client's part of every vault-backed
            // command, kept to what a one-line exchange needs.
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.ReceiveTimeout = 5000;
            socket.SendTimeout = 5000;
            socket.Connect(new UnixDomainSocketEndPoint(SocketPath));
            socket.Send(Encoding.UTF8.GetBytes(request + "\n"));
            var reply = ReadLine(socket);
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

    /// <summary>The reply line without its newline; null when the agent closed the socket without one.</summary>
    private static string? ReadLine(Socket socket)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = socket.Receive(buffer, length, buffer.Length - length, SocketFlags.None);
            if (read == 0)
            {
                return null;
            }

            var end = Array.IndexOf(buffer, (byte)'\n', length, read);
            length += read;
            if (end >= 0)
            {
                return Encoding.UTF8.GetString(buffer, 0, end);
            }
        }
    }
}
