using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace RoleCall.Credentials.Http;

/// <summary>
/// The few socket calls <see cref="RawTcpStream"/> makes, with Linux's constants. Blittable signatures only and
/// runtime marshalling off for this assembly (AssemblyInfo.cs), so ReadyToRun precompiles the calls; errno is
/// read right after each call, as LibraryImport's SetLastError does it.
/// </summary>
internal static unsafe partial class LibcSockets
{
    public const int AfInet = 2;
    public const int AfInet6 = 10;
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const int InProgress = 115; // EINPROGRESS

    private const int SockStream = 1;
    private const int SockNonBlock = 0x800;
    private const int SockCloExec = 0x80000;
    private const int IpProtoTcp = 6;
    private const int TcpNoDelay = 1;
    private const int SolSocket = 1;
    private const int SoError = 4;
    private const int MsgNoSignal = 0x4000; // a peer that closed gets EPIPE, not SIGPIPE
    private const int ShutRdWr = 2;
    private const int Interrupted = 4; // EINTR
    private const int WouldBlock = 11; // EAGAIN

    /// <summary>A non-blocking, close-on-exec TCP socket.</summary>
    public static int Socket(int family)
    {
        var fd = socket(family, SockStream | SockNonBlock | SockCloExec, 0);
        return fd >= 0 ? fd : throw Error(Errno());
    }

    /// <summary>sockaddr_in or sockaddr_in6 for the address and port; returns its length.</summary>
    public static int Address(IPAddress address, int port, Span<byte> into)
    {
        into.Clear();
        var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        BitConverter.TryWriteBytes(into, (ushort)(v6 ? AfInet6 : AfInet));
        into[2] = (byte)(port >> 8);
        into[3] = (byte)port;
        if (!v6)
        {
            address.TryWriteBytes(into[4..8], out _);
            return 16;
        }

        address.TryWriteBytes(into[8..24], out _);
        BitConverter.TryWriteBytes(into[24..28], (uint)address.ScopeId);
        return 28;
    }

    /// <summary>0, <see cref="InProgress"/>, or the errno of a connection that failed at once.</summary>
    public static int Connect(int fd, ReadOnlySpan<byte> address)
    {
        fixed (byte* p = address)
        {
            while (true)
            {
                if (connect(fd, p, address.Length) == 0)
                {
                    return 0;
                }

                var errno = Errno();
                if (errno != Interrupted)
                {
                    return errno;
                }
            }
        }
    }

    /// <summary>The outcome of a non-blocking connect (SO_ERROR).</summary>
    public static int PendingError(int fd)
    {
        int error = 0, length = sizeof(int);
        return getsockopt(fd, SolSocket, SoError, &error, &length) == 0 ? error : Errno();
    }

    public static void NoDelay(int fd)
    {
        var on = 1;
        _ = setsockopt(fd, IpProtoTcp, TcpNoDelay, &on, sizeof(int));
    }

    /// <summary>poll(2) on one descriptor; the events that fired (0 on timeout). A negative timeout waits forever.</summary>
    public static int Poll(int fd, short events, int timeoutMilliseconds)
    {
        var entry = new PollEntry { Fd = fd, Events = events };
        while (true)
        {
            var n = poll(&entry, 1, timeoutMilliseconds);
            if (n >= 0)
            {
                return n == 0 ? 0 : entry.Returned;
            }

            var errno = Errno();
            if (errno != Interrupted)
            {
                throw Error(errno);
            }
        }
    }

    /// <summary>recv(2): bytes read, 0 at the end of the stream, -1 when nothing is there yet; a failure is an IOException.</summary>
    public static int Receive(int fd, Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                var n = recv(fd, p, buffer.Length, 0);
                if (n >= 0)
                {
                    return (int)n;
                }

                var errno = Errno();
                if (errno == WouldBlock)
                {
                    return -1;
                }

                if (errno != Interrupted)
                {
                    throw new IOException("Unable to read data from the transport connection.", Error(errno));
                }
            }
        }
    }

    /// <summary>send(2) without SIGPIPE: how many bytes went (0 when the buffer is full).</summary>
    public static int Send(int fd, ReadOnlySpan<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            var n = send(fd, p, buffer.Length, MsgNoSignal);
            if (n >= 0)
            {
                return (int)n;
            }

            var errno = Errno();
            return errno is WouldBlock or Interrupted ? 0 : throw new IOException("Unable to write data to the transport connection.", Error(errno));
        }
    }

    public static bool Shutdown(int fd) => shutdown(fd, ShutRdWr) == 0;

    public static int Close(int fd) => close(fd);

    /// <summary>errno as the SocketException .NET raises for it (its message is the system's text).</summary>
    public static SocketException Error(int errno) => new(errno switch
    {
        111 => (int)SocketError.ConnectionRefused,
        110 => (int)SocketError.TimedOut,
        101 => (int)SocketError.NetworkUnreachable,
        113 => (int)SocketError.HostUnreachable,
        104 => (int)SocketError.ConnectionReset,
        32 => (int)SocketError.Shutdown,
        103 => (int)SocketError.ConnectionAborted,
        99 => (int)SocketError.AddressNotAvailable,
        97 => (int)SocketError.AddressFamilyNotSupported,
        _ => (int)SocketError.SocketError,
    });

    private static int Errno() => Marshal.GetLastSystemError();

    [StructLayout(LayoutKind.Sequential)]
    private struct PollEntry
    {
        public int Fd;
        public short Events;
        public short Returned;
    }

#pragma warning disable SYSLIB1054 // DllImport, not LibraryImport: blittable pointers only, with runtime marshalling off
    [DllImport("libc")]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport("libc")]
    private static extern int connect(int fd, byte* address, int length);

    [DllImport("libc")]
    private static extern int getsockopt(int fd, int level, int name, int* value, int* length);

    [DllImport("libc")]
    private static extern int setsockopt(int fd, int level, int name, int* value, int length);

    [DllImport("libc")]
    private static extern int poll(PollEntry* entries, nuint count, int timeout);

    [DllImport("libc")]
    private static extern nint recv(int fd, byte* buffer, nint length, int flags);

    [DllImport("libc")]
    private static extern nint send(int fd, byte* buffer, nint length, int flags);

    [DllImport("libc")]
    private static extern int shutdown(int fd, int how);

    [DllImport("libc")]
    private static extern int close(int fd);
#pragma warning restore SYSLIB1054
}
