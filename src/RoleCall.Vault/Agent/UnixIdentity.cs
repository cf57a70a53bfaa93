using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;

namespace RoleCall.Vault.Agent;

/// <summary>The process's uid and a Unix socket peer's uid (Linux: /proc/self/status and SO_PEERCRED).</summary>
public static class UnixIdentity
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;

    /// <summary>The effective uid of this process (the second field of the Uid: line of /proc/self/status).</summary>
    public static uint CurrentUid()
    {
        foreach (var line in System.IO.File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                var fields = line[4..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return uint.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("/proc/self/status has no Uid line");
    }

    /// <summary>struct ucred { pid_t pid; uid_t uid; gid_t gid; } of the connected peer, or null when unavailable.</summary>
    public static uint? PeerUid(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        Span<byte> ucred = stackalloc byte[12];
        try
        {
            return socket.GetRawSocketOption(SolSocket, SoPeerCred, ucred) == 12 ? BinaryPrimitives.ReadUInt32LittleEndian(ucred[4..]) : null;
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
