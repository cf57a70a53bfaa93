using System.Buffers;
using RoleCall.Server.Http;

namespace RoleCall.Server.Tests.Http;

/// <summary>The pooled body buffer hands back exactly what was written, across segments and oversized spans.</summary>
public sealed class ResponseBodyTests
{
    [Theory]
    [InlineData(1, 100_000)]
    [InlineData(700, 300)]
    [InlineData(40_000, 3)]
    public void Should_copy_out_every_byte_in_order(int chunk, int chunks)
    {
        using var body = new ResponseBody();
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 0; i < chunks; i++)
        {
            var bytes = Enumerable.Range(0, chunk).Select(b => (byte)((i * 31) + b)).ToArray();
            var span = body.GetSpan(chunk);
            Assert.True(span.Length >= chunk);
            bytes.CopyTo(span);
            body.Advance(chunk);
            expected.Write(bytes);
        }

        var copy = new ArrayBufferWriter<byte>();
        body.CopyTo(copy);

        Assert.Equal(chunk * chunks, body.Length);
        Assert.True(expected.WrittenSpan.SequenceEqual(copy.WrittenSpan));
    }

    [Fact]
    public void Should_send_a_shared_array_in_place_between_written_bytes()
    {
        using var body = new ResponseBody();
        var shared = Enumerable.Range(0, 70_000).Select(b => (byte)b).ToArray();
        body.Write("<a>"u8);
        body.WriteShared(shared);
        body.Write("</a>"u8);

        var copy = new ArrayBufferWriter<byte>();
        body.CopyTo(copy);

        Assert.Equal(3 + shared.Length + 4, body.Length);
        Assert.True(copy.WrittenSpan.SequenceEqual([.. "<a>"u8, .. shared, .. "</a>"u8]));
    }
}
