using Microsoft.Win32.SafeHandles;
using RoleCall.S3.Bodies;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>
/// A committed body read from its file, seekable. A read of at least <see cref="DirectMinimum"/> bytes goes through
/// an O_DIRECT handle into a pinned aligned slice and is copied out (see <see cref="DirectIo"/>): large bodies are
/// written with O_DIRECT, so they are not in the page cache, and filling fresh page-cache pages on this project's VM
/// costs about as much CPU as the transfer itself; small reads (a 4 KiB GET) use the page cache as before.
/// </summary>
internal sealed class BodyReadStream : Stream
{
    private const int DirectMinimum = 256 * 1024;

    private readonly string _path;
    private readonly SafeFileHandle _buffered;
    private Action? _closed;
    private SafeFileHandle? _direct;
    private (byte[] Array, Memory<byte> Slice)? _slice;
    private bool _directRefused = !DirectIo.Supported;
    private long _position;

    /// <param name="path">The body's file.</param>
    /// <param name="closed">Called once, when the stream is disposed (<see cref="BodyReaders.Exit"/>).</param>
    public BodyReadStream(string path, Action? closed = null)
    {
        _path = path;
        _buffered = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.None);
        Length = RandomAccess.GetLength(_buffered);
        _closed = closed;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, Math.Max(0, Length - _position));
        if (wanted == 0)
        {
            return 0;
        }

        int read;
        try
        {
            read = wanted >= DirectMinimum && Direct() is { } direct ? ReadDirect(direct, buffer[..wanted]) : RandomAccess.Read(_buffered, buffer[..wanted], _position);
        }
        catch (IOException) when (_direct is not null)
        {
            // O_DIRECT refused after all (a device with larger blocks): the page cache serves the rest.
            _direct.Dispose();
            _direct = null;
            _directRefused = true;
            read = RandomAccess.Read(_buffered, buffer[..wanted], _position);
        }

        _position += read;
        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _direct?.Dispose();
            _buffered.Dispose();
            if (_slice is { } slice)
            {
                SliceBuffers.Return(slice.Array);
                _slice = null;
            }

            Interlocked.Exchange(ref _closed, null)?.Invoke();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the aligned span around the position into the slice and copies out what was asked for (up to a slice).</summary>
    private int ReadDirect(SafeFileHandle direct, Span<byte> buffer)
    {
        _slice ??= SliceBuffers.Rent();
        var slice = _slice.Value.Slice.Span;
        var start = _position - (_position % DirectIo.Alignment);
        var skew = (int)(_position - start);
        var span = Math.Min(slice.Length, skew + buffer.Length);
        span += (DirectIo.Alignment - (span % DirectIo.Alignment)) % DirectIo.Alignment;
        var got = RandomAccess.Read(direct, slice[..Math.Min(span, slice.Length)], start);
        var count = Math.Min(buffer.Length, got - skew);
        if (count <= 0)
        {
            throw new IOException("Object body shorter than its recorded size.");
        }

        slice.Slice(skew, count).CopyTo(buffer);
        return count;
    }

    private SafeFileHandle? Direct()
    {
        if (_directRefused || _direct is not null)
        {
            return _direct;
        }

        var handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.None);
        if (DirectIo.TryEnable(handle))
        {
            return _direct = handle;
        }

        handle.Dispose();
        _directRefused = true;
        return null;
    }
}
