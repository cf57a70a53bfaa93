using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace RoleCall.S3.Bodies;

/// <summary>
/// 1 MiB slices for streaming bodies, pinned (on the pinned object heap) and starting on a 4 KiB boundary, so a file
/// store can hand them to the device with O_DIRECT (no page-cache copy). A small pool keeps them: each upload or
/// download in flight holds one; beyond <see cref="Kept"/> returned slices the rest are left to the GC.
/// </summary>
public static class SliceBuffers
{
    public const int SliceBytes = 1024 * 1024;

    private const int Alignment = 4096;
    private const int Kept = 32;

    // A queue and its own count: ConcurrentBag's Count locks every thread's list, once per request (4 KiB PUTs).
    private static readonly ConcurrentQueue<byte[]> Pool = new();
    private static int pooled;

    /// <summary>A pinned array and the aligned 1 MiB window in it; give the array back with <see cref="Return"/>.</summary>
    public static (byte[] Array, Memory<byte> Slice) Rent()
    {
        if (Pool.TryDequeue(out var array))
        {
            Interlocked.Decrement(ref pooled);
        }
        else
        {
            array = GC.AllocateUninitializedArray<byte>(SliceBytes + Alignment, pinned: true);
        }

        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var skip = (int)((Alignment - (address % Alignment)) % Alignment);
        return (array, array.AsMemory(skip, SliceBytes));
    }

    public static void Return(byte[] array)
    {
        if (Interlocked.Increment(ref pooled) <= Kept)
        {
            Pool.Enqueue(array);
        }
        else
        {
            Interlocked.Decrement(ref pooled);
        }
    }
}
