using System.Security.Cryptography;
using RoleCall.Iam.Sqlite.S3;
using RoleCall.S3.Bodies;

namespace RoleCall.S3.Tests.Store;

/// <summary>
/// Issue 11 (1 GiB PUT at 300 MB/s): bodies written in aligned 1 MiB slices (O_DIRECT where the file system allows
/// it) plus an unaligned tail read back byte for byte, whole and at unaligned offsets and lengths, large and small.
/// </summary>
public sealed class DirectBodyIoTests : IDisposable
{
    private readonly FileObjectBodies _bodies = FileObjectBodies.Temporary();

    public void Dispose() => _bodies.Dispose();

    [Theory]
    [InlineData((3 * SliceBuffers.SliceBytes) + 123)]
    [InlineData(2 * SliceBuffers.SliceBytes)]
    [InlineData(4096)]
    [InlineData(0)]
    public async Task Should_read_back_every_byte_written_in_aligned_slices_and_a_tail(int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        var (array, slice) = SliceBuffers.Rent();
        string id;
        using (var pending = _bodies.Create())
        {
            for (var offset = 0; offset < size; offset += SliceBuffers.SliceBytes)
            {
                var count = Math.Min(SliceBuffers.SliceBytes, size - offset);
                bytes.AsMemory(offset, count).CopyTo(slice);
                await pending.Stream.WriteAsync(slice[..count]);
            }

            id = pending.Commit();
        }

        SliceBuffers.Return(array);
        using var body = _bodies.OpenRead(id);
        Assert.Equal(size, body.Length);
        var all = new byte[size];
        await body.ReadExactlyAsync(all);
        Assert.Equal(bytes, all);
        Assert.Equal(0, await body.ReadAsync(new byte[16]));

        // Unaligned windows, small (page cache) and large (direct), including one ending at the last byte.
        foreach (var (first, length) in new[] { (1, 10), (4095, 300_000), (size / 3, size - (size / 3)), (size - 1, 1) })
        {
            if (first < 0 || length <= 0 || first + length > size)
            {
                continue;
            }

            body.Seek(first, SeekOrigin.Begin);
            var window = new byte[length];
            await body.ReadExactlyAsync(window);
            Assert.Equal(bytes.AsSpan(first, length).ToArray(), window);
        }
    }
}
