using Microsoft.Win32.SafeHandles;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// The write side of a pending body: sequential writes at the stream's own offset. A write of at least
/// <see cref="DirectMinimum"/> bytes that meets O_DIRECT's alignment (BodyWriter's 1 MiB slices do) goes through a
/// second handle opened with O_DIRECT, bypassing the page cache (see <see cref="DirectIo"/>); anything else (a small
/// body, the unaligned tail of a large one, a file system without O_DIRECT) through the buffered handle. The two
/// never write the same page: the direct writes end on an aligned offset and the tail starts there. A recycled
/// file (<see cref="RecycledFiles"/>) is written over from offset 0 and cut to the new length by <see cref="Complete"/>.
/// </summary>
internal sealed class BodyFileStream : Stream
{
    private const int DirectMinimum = 256 * 1024;

    private readonly string _path;
    private readonly SafeFileHandle _buffered;
    private readonly long _previousLength;
    private SafeFileHandle? _direct;
    private bool _directRefused = !DirectIo.Supported;
    private long _position;

    /// <summary>A new file at <paramref name="path"/>.</summary>
    public BodyFileStream(string path)
    {
        _path = path;
        _buffered = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
    }

    /// <summary>An existing file of <paramref name="previousLength"/> bytes, written over.</summary>
    public BodyFileStream(string path, long previousLength)
    {
        _path = path;
        _previousLength = previousLength;
        _buffered = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var offset = _position;
        _position += buffer.Length;
        if (Direct(buffer, offset) is { } direct)
        {
            try
            {
                RandomAccess.Write(direct, buffer, offset);
                return;
            }
            catch (IOException)
            {
                // Refused after all (a buffer that moved, a device with larger blocks): the buffered handle takes it.
                _directRefused = true;
            }
        }

        RandomAccess.Write(_buffered, buffer, offset);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Runs the write on the thread pool (the handles are synchronous), so the caller can hash meanwhile.</summary>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Task.Run(() => Write(buffer.Span), cancellationToken));

    public override void Flush()
    {
        // Unbuffered: every Write has reached the file.
    }

    /// <summary>Cuts a written-over file to what was written (a new file already has exactly that length).</summary>
    public void Complete()
    {
        if (_previousLength > _position)
        {
            RandomAccess.SetLength(_buffered, _position);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _direct?.Dispose();
            _buffered.Dispose();
        }

        base.Dispose(disposing);
    }

    private SafeFileHandle? Direct(ReadOnlySpan<byte> buffer, long offset)
    {
        if (_directRefused || buffer.Length < DirectMinimum || !DirectIo.Fits(buffer, offset))
        {
            return null;
        }

        if (_direct is null)
        {
            var handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
            if (!DirectIo.TryEnable(handle))
            {
                handle.Dispose();
                _directRefused = true;
                return null;
            }

            _direct = handle;
        }

        return _direct;
    }
}
