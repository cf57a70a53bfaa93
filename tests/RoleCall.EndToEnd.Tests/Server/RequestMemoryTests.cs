using System.Net.Sockets;
using System.Text;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>
/// Issue 17, item 1, as the attacker ran it: connections that declare a 2 GB body and send none must not
/// grow the server (three such connections once took it from 64 MB to 4.1 GB, and kept it).
/// </summary>
public sealed class RequestMemoryTests
{
    private const long Tolerance = 64L * 1024 * 1024;

    [Fact]
    public async Task Should_stay_within_64_MB_of_idle_under_50_connections_declaring_2_GB()
    {
        using var serve = await ServeProcess.StartAsync();
        using var http = new HttpClient();
        for (var i = 0; i < 20; i++)
        {
            (await http.GetAsync(new Uri(serve.Url, "/_rolecall/health"))).Dispose();
        }

        await Task.Delay(500);
        var idle = serve.ResidentBytes;

        var connections = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 50; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(serve.Url.Host, serve.Url.Port);
                var head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 2147483000\r\n\r\n";
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
                connections.Add(client);
            }

            // Every connection gets its answer while still open; the body never comes.
            foreach (var client in connections)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                var buffer = new byte[12];
                await client.GetStream().ReadExactlyAsync(buffer, timeout.Token);
                Assert.Equal("HTTP/1.1 413", Encoding.ASCII.GetString(buffer));
            }

            var loaded = serve.ResidentBytes;
            Assert.True(loaded - idle < Tolerance, $"RSS went from {idle / 1048576} MB idle to {loaded / 1048576} MB");
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }
}
