using System.Runtime.InteropServices;
using System.Text;

namespace RoleCall.Vault.Agent;

/// <summary>
/// One request line and its reply line over a Unix socket, by libc's socket/connect/write/read (Linux, 64-bit).
/// This is the client's whole part in every command that reads the vault while the agent runs, and .NET's
/// Socket would start its epoll thread, the thread pool and IPv6 probes for it: a few milliseconds of a
/// command that should cost little more than a hello world. SO_RCVTIMEO/SO_SNDTIMEO bound a hung agent.
/// </summary>
internal static unsafe partial class UnixSocketLine
{
    private const int AfUnix = 1;
    private const int SockStreamCloexec = 1 | 0x80000;
    private const int SolSocket = 1;
    private const int SoRcvTimeo = 20;
    private const int SoSndTimeo = 21;
    private const int SunPathLength = 108;

    public static bool Supported => OperatingSystem.IsLinux() && IntPtr.Size == 8;

    /// <summary>The reply without its newline; null when nothing listens, the agent hangs up, or it times out.</summary>
    public static string? Exchange(string socketPath, string request, int timeoutSeconds)
    {
        var path = Encoding.UTF8.GetBytes(socketPath);
        if (path.Length >= SunPathLength)
        {
            return null;
        }

        var fd = Socket(AfUnix, SockStreamCloexec, 0);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            // struct timeval { long tv_sec; long tv_usec; }
            var timeval = stackalloc long[] { timeoutSeconds, 0 };
            if (SetSockOpt(fd, SolSocket, SoRcvTimeo, (byte*)timeval, 16) != 0 || SetSockOpt(fd, SolSocket, SoSndTimeo, (byte*)timeval, 16) != 0)
            {
                return null;
            }

            // struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }
            var address = stackalloc byte[2 + SunPathLength];
            new Span<byte>(address, 2 + SunPathLength).Clear();
            address[0] = AfUnix;
            new Span<byte>(path).CopyTo(new Span<byte>(address + 2, SunPathLength));
            if (Connect(fd, address, 2 + path.Length + 1) != 0)
            {
                return null;
            }

            return WriteAll(fd, Encoding.UTF8.GetBytes(request + "\n")) ? ReadLine(fd) : null;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static bool WriteAll(int fd, byte[] bytes)
    {
        fixed (byte* start = bytes)
        {
            for (var sent = 0; sent < bytes.Length;)
            {
                var written = Write(fd, start + sent, bytes.Length - sent);
                if (written <= 0)
                {
                    return false;
                }

                sent += (int)written;
            }
        }

        return true;
    }

    private static string? ReadLine(int fd)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            nint read;
            fixed (byte* start = buffer)
            {
                read = Read(fd, start + length, buffer.Length - length);
            }

            if (read <= 0)
            {
                return null;
            }

            var end = Array.IndexOf(buffer, (byte)'\n', length, (int)read);
            length += (int)read;
            if (end >= 0)
            {
                return Encoding.UTF8.GetString(buffer, 0, end);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "socket")]
    private static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "connect")]
    private static partial int Connect(int fd, byte* address, int length);

    [LibraryImport("libc", EntryPoint = "setsockopt")]
    private static partial int SetSockOpt(int fd, int level, int name, byte* value, int length);

    [LibraryImport("libc", EntryPoint = "write")]
    private static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "read")]
    private static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
