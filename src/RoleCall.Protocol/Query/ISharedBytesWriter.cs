using System.Buffers;

namespace RoleCall.Protocol.Query;

/// <summary>
/// A buffer writer that can also take an array nobody will change again by reference, to send it in place
/// instead of copying it: a kept rendering of several MB (DescribeInstances over a thousand instances) then
/// costs one copy on its way out (into Kestrel's pipe), not two.
/// </summary>
public interface ISharedBytesWriter : IBufferWriter<byte>
{
    /// <summary>Below this size a copy costs less than a segment of its own.</summary>
    const int MinimumLength = 16 * 1024;

    /// <summary>Appends <paramref name="immutable"/> after what was written so far, without copying it.</summary>
    void WriteShared(byte[] immutable);
}
