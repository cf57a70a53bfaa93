using RoleCall.Server.Http;
using RoleCall.Server.Tests.Support;

namespace RoleCall.Server.Tests.Http;

/// <summary>
/// Issue 17, item 1: a body's declared size is checked before anything is allocated, and an absurd length or
/// chunk size is the client's error (400/413), never the server's 500.
/// </summary>
public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(10);

    private PipelineServer _server = null!;

    public async Task InitializeAsync() => _server = await PipelineServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_refuse_two_gigabytes_declared_and_never_sent_without_allocating_them()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 3; i++)
        {
            using var raw = await RawHttp.ConnectAsync(_server.Url);
            await raw.SendAsync("Content-Length: 2147483000\r\n");

            var (status, response) = await raw.ReadResponseAsync(Answer);

            Assert.Equal(413, status);
            Assert.Contains("<Code>RequestEntityTooLarge</Code>", response, StringComparison.Ordinal);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 64L * 1024 * 1024, $"three refused requests allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("3000000000")]
    [InlineData("9223372036854775807")]
    public async Task Should_answer_a_declared_length_above_two_to_the_31_with_413(string length)
    {
        using var raw = await RawHttp.ConnectAsync(_server.Url);
        await raw.SendAsync($"Content-Length: {length}\r\n");

        var (status, _) = await raw.ReadResponseAsync(Answer);

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task Should_answer_a_chunk_size_of_sixteen_fs_with_a_client_error()
    {
        using var raw = await RawHttp.ConnectAsync(_server.Url);
        await raw.SendAsync("Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFFFFFF\r\nAction=GetUser");

        var (status, response) = await raw.ReadResponseAsync(Answer);

        Assert.True(status is 400 or 413, $"expected 400 or 413, got: {response}");
    }

    [Fact]
    public async Task Should_stop_a_chunked_body_at_the_cap_with_413()
    {
        using var raw = await RawHttp.ConnectAsync(_server.Url);
        await raw.SendAsync("Transfer-Encoding: chunked\r\n");
        var chunk = System.Text.Encoding.ASCII.GetBytes("10000\r\n" + new string('a', 0x10000) + "\r\n");

        // Twice the cap, sent as long as the server reads; it answers once the cap is passed.
        try
        {
            for (var sent = 0; sent < 2 * BufferedBodyPolicy.MaxBytes; sent += 0x10000)
            {
                await raw.SendBytesAsync(chunk);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before the whole body was written.
        }

        var (status, _) = await raw.ReadResponseAsync(Answer);
        Assert.Equal(413, status);
    }
}
