using RoleCall.S3.Model;

namespace RoleCall.S3.Bodies;

/// <summary>
/// An object's bytes read across its body segments in order, as one seekable stream (a completed multipart
/// upload is its parts' files). The segments overlapping the window it is opened for are opened at once, so
/// a GET already answering keeps reading them when the object is replaced or deleted meanwhile (an open file
/// outlives its deletion); reading outside that window is a bug and throws.
/// </summary>
internal sealed class SegmentedStream : Stream
{
    private readonly long[] _starts;
    private readonly Stream?[] _open;
    private readonly long _length;
    private long _position;

    public SegmentedStream(IObjectBodies bodies, IReadOnlyList<BodySegment> segments, long first, long count)
    {
        _starts = new long[segments.Count];
        _open = new Stream?[segments.Count];
        long start = 0;
        try
        {
            for (var i = 0; i < segments.Count; i++)
            {
                _starts[i] = start;
                var end = start + segments[i].Size;
                if (segments[i].Size > 0 && end > first && start < first + count)
                {
                    _open[i] = bodies.OpenRead(segments[i].BodyId);
                }

                start = end;
            }
        }
        catch
        {
            Dispose(true);
            throw;
        }

        _length = start;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var (stream, remaining) = Locate();
        if (stream is null)
        {
            return 0;
        }

        var read = stream.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        _position += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var (stream, remaining) = Locate();
        if (stream is null)
        {
            return 0;
        }

        var read = await stream.ReadAsync(buffer[..(int)Math.Min(buffer.Length, remaining)], cancellationToken).ConfigureAwait(false);
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
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
            foreach (var stream in _open)
            {
                stream?.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    // The segment holding the current position, positioned there, and how many of its bytes are left; null at the end.
    private (Stream? Stream, long Remaining) Locate()
    {
        if (_position >= _length)
        {
            return (null, 0);
        }

        var index = Array.BinarySearch(_starts, _position);
        if (index < 0)
        {
            index = ~index - 1;
        }

        // Empty segments share their start with the next one: move on to the segment that has the byte.
        while (index + 1 < _starts.Length && _starts[index + 1] <= _position)
        {
            index++;
        }

        var stream = _open[index] ?? throw new InvalidOperationException("Read outside the window the object body was opened for.");
        var local = _position - _starts[index];
        if (stream.Position != local)
        {
            stream.Position = local;
        }

        var end = index + 1 < _starts.Length ? _starts[index + 1] : _length;
        return (stream, end - _position);
    }
}
