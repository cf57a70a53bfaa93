using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace RoleCall.Credentials.Http;

/// <summary>
/// A TCP connection straight over libc (Linux), for plain-http calls. It exists for start-up time: the first
/// System.Net.Sockets.Socket of a process starts the socket engine (its epoll thread), socket telemetry and an
/// activity source, about 25 ms of CPU in a fresh process, more than a whole cached `rolecall env` costs
/// (issue 12). Errors and timeouts surface as <see cref="NetworkStream"/>'s do: an <see cref="IOException"/>
/// around a <see cref="SocketException"/>. TLS connections keep using Socket and SslStream.
/// </summary>
internal sealed partial class RawTcpStream : Stream
{
    private const int PollSlice = 50; // ms: how often a blocked connect looks at its cancellation
    private readonly DescriptorHandle _handle;

    private RawTcpStream(DescriptorHandle handle) => _handle = handle;

    /// <summary>Milliseconds a read may wait for data; 0 waits forever (Socket.ReceiveTimeout's meaning).</summary>
    public int ReceiveTimeout { get; set; }

    /// <summary>Milliseconds a write may wait for room; 0 waits forever.</summary>
    public int SendTimeout { get; set; }

    public static bool IsSupported => OperatingSystem.IsLinux();

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Connects (TCP_NODELAY on); <paramref name="abort"/> ends the wait with an <see cref="ObjectDisposedException"/>.</summary>
    public static RawTcpStream Connect(IPAddress address, int port, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> socketAddress = stackalloc byte[28];
        var length = LibcSockets.Address(address, port, socketAddress);
        var fd = LibcSockets.Socket(address.AddressFamily == AddressFamily.InterNetworkV6 ? LibcSockets.AfInet6 : LibcSockets.AfInet);
        var handle = new DescriptorHandle(fd);
        try
        {
            var error = LibcSockets.Connect(fd, socketAddress[..length]);
            if (error == LibcSockets.InProgress)
            {
                while (LibcSockets.Poll(fd, LibcSockets.PollOut, PollSlice) == 0)
                {
                    abort.ThrowIfCancellationRequested();
                }

                error = LibcSockets.PendingError(fd);
            }

            if (error != 0)
            {
                throw LibcSockets.Error(error);
            }

            LibcSockets.NoDelay(fd);
            return new RawTcpStream(handle);
        }
        catch (OperationCanceledException)
        {
            handle.Dispose();
            throw new ObjectDisposedException(nameof(RawTcpStream));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>True when a read would not block: data arrived, or the peer closed (poll(2) with no wait).</summary>
    public bool IsReadable() => Use(fd => LibcSockets.Poll(fd, LibcSockets.PollIn, 0) != 0);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            var fd = (int)_handle.DangerousGetHandle();
            while (true)
            {
                Wait(fd, LibcSockets.PollIn, ReceiveTimeout, "read data from");
                var n = LibcSockets.Receive(fd, buffer);
                if (n >= 0)
                {
                    return n;
                }
            }
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            var fd = (int)_handle.DangerousGetHandle();
            while (!buffer.IsEmpty)
            {
                Wait(fd, LibcSockets.PollOut, SendTimeout, "write data to");
                buffer = buffer[LibcSockets.Send(fd, buffer)..];
            }
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }

    public override void Flush()
    {
        // Unbuffered: every Write has reached the kernel.
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_handle.IsClosed)
        {
            // shutdown(2) first: it wakes a read blocked in poll on another thread (a cancelled call).
            try
            {
                Use(LibcSockets.Shutdown);
            }
            catch (ObjectDisposedException)
            {
                // Disposed meanwhile on another thread.
            }

            _handle.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Wait(int fd, short events, int timeout, string what)
    {
        if (LibcSockets.Poll(fd, events, timeout <= 0 ? -1 : timeout) == 0)
        {
            throw new IOException($"Unable to {what} the transport connection: timed out.", new SocketException((int)SocketError.TimedOut));
        }
    }

    /// <summary>Runs a call on the descriptor, which stays open meanwhile; a disposed stream throws ObjectDisposedException.</summary>
    private T Use<T>(Func<int, T> call)
    {
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            return call((int)_handle.DangerousGetHandle());
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    /// <summary>The descriptor, closed once no call is using it (SafeHandle's reference count).</summary>
    private sealed class DescriptorHandle : SafeHandle
    {
        public DescriptorHandle(int fd)
            : base(-1, ownsHandle: true) => SetHandle(fd);

        public override bool IsInvalid => handle == -1;

        protected override bool ReleaseHandle() => LibcSockets.Close((int)handle) == 0;
    }
}
