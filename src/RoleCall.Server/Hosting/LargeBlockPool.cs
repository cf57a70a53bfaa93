using System.Buffers;
using System.Collections.Concurrent;

namespace RoleCall.Server.Hosting;

/// <summary>
/// Kestrel's memory pool with 64 KiB blocks instead of its 4 KiB ones. Kestrel receives into one pool block
/// at a time, so with 4 KiB blocks a 1 GiB upload costs 262,144+ `recv` calls and as many pipe wake-ups
/// (issue 11: single-stream 1 GiB PUT at 300 MB/s); with 64 KiB blocks a busy socket is drained 64 KiB per
/// call. Blocks are pinned (sockets read into them) and at most <see cref="Retained"/> idle ones are kept.
/// </summary>
internal sealed class LargeBlockPool : MemoryPool<byte>
{
    public const int BlockSize = 64 * 1024;
    private const int Retained = 512;

    private readonly ConcurrentQueue<byte[]> _idle = new();

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        return new Block(this, _idle.TryDequeue(out var array) ? array : GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true));
    }

    protected override void Dispose(bool disposing) => _idle.Clear();

    private void Return(byte[] array)
    {
        if (_idle.Count < Retained)
        {
            _idle.Enqueue(array);
        }
    }

    private sealed class Block(LargeBlockPool pool, byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => _array ?? throw new ObjectDisposedException(nameof(Block));

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is { } returned)
            {
                pool.Return(returned);
            }
        }
    }
}
