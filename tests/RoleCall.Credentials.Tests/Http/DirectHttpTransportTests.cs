using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>The socket transport's HTTP/1.1 framing, connection reuse and failure handling, against raw scripts.</summary>
public sealed class DirectHttpTransportTests
{
    private static readonly byte[] Body = "Action=GetCallerIdentity&Version=2011-06-15"u8.ToArray();
    private static readonly KeyValuePair<string, string>[] Headers = [new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")];

    [Fact]
    public async Task Should_read_a_chunked_body_and_the_request_id_and_date_headers()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 403 Forbidden\r\nx-amzn-RequestId: abc-123\r\nDate: Sat, 21 Nov 2026 10:00:00 GMT\r\n" +
                "Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\n<Err>\r\nA\r\n0123456789\r\n0\r\nTrailer: x\r\n\r\n");
        });
        using var transport = new DirectHttpTransport();

        var response = await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None);

        Assert.Equal((403, "<Err>0123456789", "abc-123"), (response.Status, response.Body, response.RequestId));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), response.Date);
        Assert.False(response.IsSuccess);
    }

    [Fact]
    public async Task Should_send_the_request_line_host_with_port_and_content_length()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        using var transport = new DirectHttpTransport();

        var response = await transport.PostAsync(new Uri(server.Url, "/sts?x=1"), Headers, Body, CancellationToken.None);

        Assert.Equal("ok", response.Body);
        var head = Assert.Single(server.RequestHeads);
        Assert.StartsWith("POST /sts?x=1 HTTP/1.1\r\n", head, StringComparison.Ordinal);
        Assert.Contains($"\r\nHost: 127.0.0.1:{server.Url.Port}\r\n", head, StringComparison.Ordinal);
        Assert.Contains($"\r\nContent-Length: {Body.Length}\r\n", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_reuse_one_kept_alive_connection_for_sequential_calls()
    {
        using var server = new RawHttpServer(async c =>
        {
            while (await c.ReadRequestAsync() is not null)
            {
                await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\npage");
            }
        });
        using var transport = new DirectHttpTransport();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("page", (await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None)).Body);
        }

        Assert.Equal(1, server.Connections);
        Assert.Equal(3, server.RequestHeads.Count);
    }

    [Fact]
    public async Task Should_resend_on_a_new_connection_when_the_server_closed_the_idle_one()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            c.Close();
        });
        using var transport = new DirectHttpTransport();

        await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None);
        await Task.Delay(50);
        var second = await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None);

        Assert.Equal("ok", second.Body);
        Assert.Equal(2, server.Connections);
        Assert.Equal(2, server.RequestHeads.Count);
    }

    [Fact]
    public async Task Should_read_to_the_end_of_the_stream_when_the_answer_has_no_length_and_not_reuse_it()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n<whole>body</whole>");
            c.Close();
        });
        using var transport = new DirectHttpTransport();

        var first = await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None);
        var second = await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None);

        Assert.Equal(("<whole>body</whole>", "<whole>body</whole>"), (first.Body, second.Body));
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task Should_skip_an_interim_100_continue_answer()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal");
        });
        using var transport = new DirectHttpTransport();

        Assert.Equal("final", (await transport.PostAsync(server.Url, Headers, Body, CancellationToken.None)).Body);
    }

    [Fact]
    public async Task Should_report_a_refused_connection_as_an_http_request_failure()
    {
        using var transport = new DirectHttpTransport();
        var url = new Uri($"http://127.0.0.1:{Sts.FreePort.Next()}/");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(url, Headers, Body, CancellationToken.None));

        Assert.Contains("could not connect to http://127.0.0.1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_time_out_a_server_that_never_answers()
    {
        using var server = new RawHttpServer(async c => await c.ReadRequestAsync());
        using var transport = new DirectHttpTransport(new TransportSettings { ReadTimeout = TimeSpan.FromMilliseconds(300) });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(server.Url, Headers, Body, CancellationToken.None));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_stop_waiting_when_the_caller_cancels()
    {
        using var server = new RawHttpServer(async c => await c.ReadRequestAsync());
        using var transport = new DirectHttpTransport();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.PostAsync(server.Url, Headers, Body, cancel.Token));
    }

    [Fact]
    public async Task Should_fail_on_a_body_shorter_than_its_content_length()
    {
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort");
            c.Close();
        });
        using var transport = new DirectHttpTransport();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(server.Url, Headers, Body, CancellationToken.None));

        Assert.Contains("ended after 5 of 50 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_header_value_with_a_line_break()
    {
        using var transport = new DirectHttpTransport();
        KeyValuePair<string, string>[] injected = [new("X-Test", "a\r\nEvil: 1")];

        await Assert.ThrowsAsync<HttpRequestException>(() => transport.PostAsync(new Uri("http://127.0.0.1:9/"), injected, Body, CancellationToken.None));
    }
}
