using System.Buffers;
using RoleCall.Protocol.Query;

namespace RoleCall.Server.Http;

/// <summary>
/// A response body rendered before it is sent (its Content-Length goes in the headers first), in segments
/// rented from the shared array pool: a 64 KB ListRoles page costs no garbage, no zeroed arrays and no
/// copy-on-grow, only the one copy into Kestrel's pipe. A kept rendering (<see cref="ISharedBytesWriter"/>) is
/// a segment by reference, not copied. Return the rented segments with <see cref="Dispose"/>.
/// </summary>
internal sealed class ResponseBody : ISharedBytesWriter, IDisposable
{
    private const int SegmentSize = 16 * 1024;

    private readonly List<(byte[] Array, int Length, bool Rented)> full = [];
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
        foreach (var (array, length, _) in full)
        {
            output.Write(array.AsSpan(0, length));
        }

        output.Write(current.AsSpan(0, written));
    }

    /// <summary>Closes the current segment, appends <paramref name="immutable"/> by reference, and goes on in a fresh segment.</summary>
    public void WriteShared(byte[] immutable)
    {
        ArgumentNullException.ThrowIfNull(immutable);
        full.Add((current, written, true));
        full.Add((immutable, immutable.Length, false));
        Length += immutable.Length;
        current = ArrayPool<byte>.Shared.Rent(SegmentSize);
        written = 0;
    }

    public void Dispose()
    {
        foreach (var (array, _, rented) in full)
        {
            if (rented)
            {
                ArrayPool<byte>.Shared.Return(array);
            }
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
            full.Add((current, written, true));
            current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
            written = 0;
        }

        return written;
    }
}
