using System.Buffers;

namespace RoleCall.Server.Http;

/// <summary>
/// A response body rendered before it is sent (its Content-Length goes in the headers first), in segments
/// rented from the shared array pool: a 64 KB ListRoles page costs no garbage, no zeroed arrays and no
/// copy-on-grow, only the one copy into Kestrel's pipe. Return the segments with <see cref="Dispose"/>.
/// </summary>
internal sealed class ResponseBody : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 16 * 1024;

    private readonly List<(byte[] Array, int Length)> full = [];
    private byte[] current;
    private int written;

    public ResponseBody()
    {
        current = ArrayPool<byte>.Shared.Rent(SegmentSize);
    }

    public int Length { get; private set; }

    public void Advance(int count)
    {
        written += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var offset = Reserve(sizeHint); // may switch to a new segment: read `current` only after it
        return current.AsMemory(offset);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var offset = Reserve(sizeHint);
        return current.AsSpan(offset);
    }

    /// <summary>Copies the body into <paramref name="output"/> (Kestrel's BodyWriter); nothing is flushed.</summary>
    public void CopyTo(IBufferWriter<byte> output)
    {
        foreach (var (array, length) in full)
        {
            output.Write(array.AsSpan(0, length));
        }

        output.Write(current.AsSpan(0, written));
    }

    public void Dispose()
    {
        foreach (var (array, _) in full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        full.Clear();
        ArrayPool<byte>.Shared.Return(current);
        current = [];
        written = 0;
    }

    // Starts a new segment when the current one cannot take sizeHint more bytes; returns the write offset.
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (current.Length - written < needed)
        {
            full.Add((current, written));
            current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
            written = 0;
        }

        return written;
    }
}
