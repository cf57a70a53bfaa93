using System.Diagnostics;
using System.Net;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>
/// Issue 17, item 7: a trickling server held `--cli-read-timeout 5` past 70 s, an endless chunked body took
/// 900 MB before failing as an "invalid chunk size", and the DNS lookup ignored `--cli-connect-timeout`.
/// The read timeout is now absolute for a whole response, the body cap is real, and the lookup is bounded.
/// </summary>
public sealed class TransportLimitsTests
{
    private static readonly byte[] Body = "Action=GetCallerIdentity&Version=2011-06-15"u8.ToArray();
    private static readonly KeyValuePair<string, string>[] Headers = [new("Content-Type", "application/x-www-form-urlencoded")];

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", "")]
    [InlineData("", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")]
    public async Task Should_give_up_on_a_server_trickling_one_byte_a_second_when_the_read_timeout_passes(string head, string trickled)
    {
        using var stop = new CancellationTokenSource();
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync(head);
            var text = trickled.Length > 0 ? trickled : new string('x', 1000);
            foreach (var ch in text)
            {
                await c.WriteAsync(ch.ToString());
                await Task.Delay(1000, stop.Token);
            }
        });
        using var transport = new DirectHttpTransport(new TransportSettings { ReadTimeout = TimeSpan.FromSeconds(2) });
        var clock = Stopwatch.StartNew();

        var call = Task.Run(() => transport.PostAsync(server.Url, Headers, Body, CancellationToken.None));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => call.WaitAsync(TimeSpan.FromSeconds(20)));

        await stop.CancelAsync();
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 8);
    }

    [Fact]
    public async Task Should_stop_an_endless_chunked_body_at_the_cap_with_a_message_that_says_so()
    {
        using var stop = new CancellationTokenSource();
        using var server = new RawHttpServer(async c =>
        {
            await c.ReadRequestAsync();
            await c.WriteAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            var chunk = "100000\r\n" + new string('a', 0x100000) + "\r\n";
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await c.WriteAsync(chunk);
                }
            }
            catch (IOException)
            {
                // The client hung up at its cap.
            }
        });
        using var transport = new DirectHttpTransport();
        long allocated = 0;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                return transport.PostAsync(server.Url, Headers, Body, CancellationToken.None).GetAwaiter().GetResult();
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }).WaitAsync(TimeSpan.FromSeconds(60)));

        await stop.CancelAsync();
        Assert.Equal($"the response body is larger than the {ResponseReader.MaxBodyBytes / (1024 * 1024)} MB a service call may return", error.Message);
        Assert.True(allocated < 5L * ResponseReader.MaxBodyBytes, $"reading up to the cap allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task Should_bound_the_name_lookup_by_the_connect_timeout()
    {
        var settings = new TransportSettings
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            Lookup = async (_, _) =>
            {
                // A resolver that never answers (an unreachable DNS server), whatever it is asked.
                await Task.Delay(TimeSpan.FromSeconds(60), CancellationToken.None);
                return [IPAddress.Loopback];
            },
        };
        using var transport = new DirectHttpTransport(settings);
        var clock = Stopwatch.StartNew();

        var call = Task.Run(() => transport.PostAsync(new Uri("http://sts.example.invalid/"), Headers, Body, CancellationToken.None));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.StartsWith("could not connect to http://sts.example.invalid", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": timed out after 2 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 8);
    }
}
