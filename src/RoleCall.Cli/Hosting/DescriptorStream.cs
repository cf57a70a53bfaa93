using System.Runtime.InteropServices;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// A standard descriptor (0, 1, 2) as a plain, unbuffered stream over libc's read(2) and write(2), so the
/// kernel's file offset moves as the shell expects: `{ rolecall ...; echo done; } > log` keeps both lines.
/// Neither FileStream (pwrite at its own offset since .NET 6) nor Console's streams (whose first use puts
/// the terminal in keypad transmit mode, issue 16 item 6) gives both. Never closes the descriptor.
/// </summary>
internal sealed class DescriptorStream(int descriptor, FileAccess access) : Stream
{
    private const int Interrupted = 4; // EINTR

    public override bool CanRead => access == FileAccess.Read;

    public override bool CanWrite => access == FileAccess.Write;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
        // Unbuffered: every Write has reached the descriptor.
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            var read = SysRead(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (read >= 0)
            {
                return (int)read;
            }

            ThrowUnlessInterrupted();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = SysWrite(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            ThrowUnlessInterrupted();
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static void ThrowUnlessInterrupted()
    {
        var error = Marshal.GetLastPInvokeError();
        if (error != Interrupted)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
        }
    }

    // DllImport rather than LibraryImport, as in SignalForwarder: blittable arguments (a pinned ref byte), and
    // LibraryImport would need AllowUnsafeBlocks for the whole CLI project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint SysRead(int descriptor, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint SysWrite(int descriptor, ref readonly byte buffer, nint count);
#pragma warning restore SYSLIB1054
}
