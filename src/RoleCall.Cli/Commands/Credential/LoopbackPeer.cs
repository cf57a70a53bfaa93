using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Who is on the other end of a loopback TCP connection: Linux lists every IPv4 TCP socket in /proc/net/tcp
/// with its owner's uid, so the client's end (local address = the client's endpoint, remote = ours) names its
/// uid, as SO_PEERCRED does for Unix sockets. Addresses print as the in-memory 32-bit value in hex, ports
/// in hex (https://www.kernel.org/doc/Documentation/networking/proc_net_tcp.txt).
/// </summary>
internal static class LoopbackPeer
{
    /// <summary>The uid of the process holding the client end, or null when it is not listed (not Linux, not IPv4).</summary>
    public static uint? Uid(Socket accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        if (!OperatingSystem.IsLinux() || accepted.RemoteEndPoint is not IPEndPoint client || accepted.LocalEndPoint is not IPEndPoint server
            || client.AddressFamily != AddressFamily.InterNetwork)
        {
            return null;
        }

        var (clientEnd, serverEnd) = (Hex(client), Hex(server));
        foreach (var line in File.ReadLines("/proc/net/tcp").Skip(1))
        {
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid ...
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 7 && fields[1] == clientEnd && fields[2] == serverEnd)
            {
                return uint.Parse(fields[7], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string Hex(IPEndPoint endpoint) =>
        BitConverter.ToUInt32(endpoint.Address.GetAddressBytes()).ToString("X8", CultureInfo.InvariantCulture) + ":" + endpoint.Port.ToString("X4", CultureInfo.InvariantCulture);
}
