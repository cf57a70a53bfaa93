using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Server.Hosting;

namespace RoleCall.Server.Tests.Hosting;

/// <summary>Binding: free ports, taken ports and bad host names give a usable URL or a one-line error.</summary>
public sealed class ServerHostTests
{
    private static readonly RequestDelegate Ok = context => context.Response.WriteAsync("ok");

    [Fact]
    public async Task Should_report_the_real_port_when_asked_for_port_zero()
    {
        await using var host = await ServerHost.StartAsync("127.0.0.1", 0, Ok, CancellationToken.None);

        Assert.Equal("127.0.0.1", host.Url.Host);
        Assert.NotEqual(0, host.Url.Port);
        using var client = new HttpClient();
        Assert.Equal("ok", await client.GetStringAsync(host.Url));
    }

    [Fact]
    public async Task Should_explain_a_port_that_is_already_taken()
    {
        await using var first = await ServerHost.StartAsync("127.0.0.1", 0, Ok, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => ServerHost.StartAsync("127.0.0.1", first.Url.Port, Ok, CancellationToken.None));

        Assert.Contains($"cannot listen on 127.0.0.1:{first.Url.Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("--port", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_host_that_is_not_an_address()
    {
        var error = await Assert.ThrowsAsync<ConfigurationException>(() => ServerHost.StartAsync("my.example", 0, Ok, CancellationToken.None));
        Assert.Contains("'my.example' is not an IP address", error.Message, StringComparison.Ordinal);
    }
}
