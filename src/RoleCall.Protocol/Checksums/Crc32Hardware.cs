using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RoleCall.Protocol.Checksums;

/// <summary>
/// CRC-32 (ISO-HDLC, what botocore 1.36+ and the AWS CLI v1 send as `x-amz-checksum-crc32`) by carry-less multiply
/// folding, and CRC-32C with the SSE4.2 crc32 instruction: 4-6x faster than the slicing-by-8 tables (issue 11: every
/// byte of a 1 GiB upload is checksummed as it streams; serve's CPU per GiB of a CLI v1 PUT fell 3.87 -> 3.22 s). The folding is the one of
/// Gopal et al., "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ Instruction" (Intel, 2009), with the
/// bit-reflected constants for 0xEDB88320: four 128-bit lanes folded 64 bytes at a time, then one lane, then a
/// Barrett reduction to 32 bits. Both work on the inverted running state, as <see cref="Crc32Table"/> does.
/// </summary>
internal static class Crc32Hardware
{
    /// <summary>The fewest bytes the folding takes; it takes whole 16-byte blocks.</summary>
    public const int FoldMinimum = 64;

    public static bool CanFold { get; } = Pclmulqdq.IsSupported && Sse41.IsSupported;

    public static bool CanCastagnoli { get; } = Sse42.X64.IsSupported;

    /// <summary>CRC-32 of <paramref name="data"/> (at least 64 bytes, a multiple of 16) continuing <paramref name="crc"/>.</summary>
    public static uint Fold(uint crc, ReadOnlySpan<byte> data)
    {
        var k1k2 = Vector128.Create(0x0154442bd4UL, 0x01c6e41596UL);
        var x1 = Load(data, 0) ^ Vector128.CreateScalar(crc).AsUInt64();
        var x2 = Load(data, 16);
        var x3 = Load(data, 32);
        var x4 = Load(data, 48);
        var offset = 64;
        for (; data.Length - offset >= 64; offset += 64)
        {
            x1 = FoldInto(x1, k1k2, Load(data, offset));
            x2 = FoldInto(x2, k1k2, Load(data, offset + 16));
            x3 = FoldInto(x3, k1k2, Load(data, offset + 32));
            x4 = FoldInto(x4, k1k2, Load(data, offset + 48));
        }

        var k3k4 = Vector128.Create(0x01751997d0UL, 0x00ccaa009eUL);
        x1 = FoldInto(x1, k3k4, x2);
        x1 = FoldInto(x1, k3k4, x3);
        x1 = FoldInto(x1, k3k4, x4);
        for (; data.Length - offset >= 16; offset += 16)
        {
            x1 = FoldInto(x1, k3k4, Load(data, offset));
        }

        // 128 bits to 64, then 64 to 32 by Barrett reduction.
        var low32 = Vector128.Create(uint.MaxValue, 0, uint.MaxValue, 0).AsUInt64();
        x1 = Sse2.ShiftRightLogical128BitLane(x1, 8) ^ Pclmulqdq.CarrylessMultiply(x1, k3k4, 0x10);
        var k5 = Vector128.Create(0x0163cd6124UL, 0UL);
        x1 = Pclmulqdq.CarrylessMultiply(x1 & low32, k5, 0x00) ^ Sse2.ShiftRightLogical128BitLane(x1, 4);
        var poly = Vector128.Create(0x01db710641UL, 0x01f7011641UL);
        var t = Pclmulqdq.CarrylessMultiply(x1 & low32, poly, 0x10) & low32;
        x1 ^= Pclmulqdq.CarrylessMultiply(t, poly, 0x00);
        return x1.AsUInt32().GetElement(1);
    }

    /// <summary>CRC-32C of <paramref name="data"/> continuing <paramref name="crc"/>, eight bytes per instruction.</summary>
    public static uint Castagnoli(uint crc, ReadOnlySpan<byte> data)
    {
        ulong state = crc;
        while (data.Length >= 8)
        {
            state = Sse42.X64.Crc32(state, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        crc = (uint)state;
        foreach (var b in data)
        {
            crc = Sse42.Crc32(crc, b);
        }

        return crc;
    }

    private static Vector128<ulong> Load(ReadOnlySpan<byte> data, int offset) => Vector128.Create(data.Slice(offset, 16)).AsUInt64();

    // One lane moved 128 bits on (its low half times one constant, its high half times the other) and added to next.
    private static Vector128<ulong> FoldInto(Vector128<ulong> lane, Vector128<ulong> constants, Vector128<ulong> next) =>
        Pclmulqdq.CarrylessMultiply(lane, constants, 0x00) ^ Pclmulqdq.CarrylessMultiply(lane, constants, 0x11) ^ next;
}
