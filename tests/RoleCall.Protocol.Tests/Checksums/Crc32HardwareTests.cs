using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using RoleCall.Protocol.Checksums;
using RoleCall.Testing;

namespace RoleCall.Protocol.Tests.Checksums;

/// <summary>
/// The hardware CRC-32 (carry-less multiply folding) and CRC-32C (SSE4.2) must give exactly what the slicing-by-8
/// tables give, for every length around the folding's 64- and 16-byte steps, at every alignment, and when a body
/// arrives in uneven pieces (as socket reads bring it); CRC-32 must also match Python's zlib.crc32.
/// </summary>
public sealed class Crc32HardwareTests
{
    private static readonly byte[] Data = RandomBytes((1024 * 1024) + 4099);

    [Fact]
    public void Should_use_the_hardware_on_x64()
    {
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            Assert.True(Crc32Hardware.CanFold, "PCLMULQDQ + SSE4.1 expected on an x64 machine");
            Assert.True(Crc32Hardware.CanCastagnoli, "SSE4.2 expected on an x64 machine");
        }
    }

    [Theory]
    [InlineData(ChecksumAlgorithm.Crc32, "cbf43926")]
    [InlineData(ChecksumAlgorithm.Crc32C, "e3069283")]
    public void Should_give_the_standard_check_values(ChecksumAlgorithm algorithm, string expected)
    {
        using var checksum = new Checksum(algorithm);
        checksum.Append("123456789"u8);
        Assert.Equal(expected, Convert.ToHexStringLower(Convert.FromBase64String(checksum.ToBase64())));
    }

    [Fact]
    public void Should_match_the_tables_for_every_length_and_alignment()
    {
        foreach (var table in new[] { Crc32Table.Crc32, Crc32Table.Crc32C })
        {
            for (var skew = 0; skew < 16; skew++)
            {
                for (var length = 0; length <= 300; length++)
                {
                    var slice = Data.AsSpan(skew, length);
                    Assert.Equal(table.UpdateTable(0xFFFFFFFF, slice), table.Update(0xFFFFFFFF, slice));
                }
            }

            foreach (var length in new[] { 4096, 65536 + 48, (1024 * 1024) + 4099 - 7 })
            {
                var slice = Data.AsSpan(7, length);
                Assert.Equal(table.UpdateTable(0x12345678, slice), table.Update(0x12345678, slice));
            }
        }
    }

    [Fact]
    public void Should_give_the_same_value_when_the_body_comes_in_uneven_pieces()
    {
        foreach (var table in new[] { Crc32Table.Crc32, Crc32Table.Crc32C })
        {
            var whole = table.Update(0xFFFFFFFF, Data);
            var state = 0xFFFFFFFFu;
            var offset = 0;
            var sizes = new[] { 1, 63, 64, 65, 4096, 17, 100_000, 15, 16 };
            for (var i = 0; offset < Data.Length; i++)
            {
                var size = Math.Min(sizes[i % sizes.Length], Data.Length - offset);
                state = table.Update(state, Data.AsSpan(offset, size));
                offset += size;
            }

            Assert.Equal(whole, state);
        }
    }

    [Fact]
    public void Should_match_python_zlib_crc32()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rolecall-crc-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, Data);
        try
        {
            var script = "import sys, zlib\nd = open(sys.argv[1], 'rb').read()\nprint(zlib.crc32(d), zlib.crc32(d[5:5 + 1000003]))";
            var output = Peers.Run("python3", ["-c", script, path]).Split(' ', StringSplitOptions.TrimEntries);
            Assert.Equal(uint.Parse(output[0], CultureInfo.InvariantCulture), ~Crc32Table.Crc32.Update(0xFFFFFFFF, Data));
            Assert.Equal(uint.Parse(output[1], CultureInfo.InvariantCulture), ~Crc32Table.Crc32.Update(0xFFFFFFFF, Data.AsSpan(5, 1000003)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i + 8 <= length; i += 8)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i), state);
        }

        Encoding.ASCII.GetBytes("tail").CopyTo(bytes, length - 4);
        return bytes;
    }
}
