using System.Buffers;

namespace RoleCall.Protocol.Query;

/// <summary>
/// A growable byte buffer over the shared array pool, for renderings that are copied out once and dropped:
/// re-rendering a 64 KB listing after a write then allocates only its final copy, not every doubling.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int written;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        written = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            WrittenSpan.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
