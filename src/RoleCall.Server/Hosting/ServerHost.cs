using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RoleCall.Server.Hosting;

/// <summary>
/// Kestrel with nothing in front of one request delegate: no routing, MVC, logging providers or console
/// lifetime. Every middleware costs throughput on a 2-core box, and an in-process server (tests, the
/// quickstart) must not grab the process's Ctrl+C; `rolecall serve` handles signals itself.
/// </summary>
internal sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The bound address, with the real port when 0 was asked for.</summary>
    public Uri Url { get; }

    public static async Task<ServerHost> StartAsync(string host, int port, RequestDelegate handler, CancellationToken cancellation)
    {
        var address = ParseHost(host);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Kestrel's own cap backs up the reader's (Http/BufferedBodyPolicy), which checks before allocating.
            kestrel.Limits.MaxRequestBodySize = Http.BufferedBodyPolicy.MaxBytes;
            kestrel.Listen(address, port);
        });
        builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Connections.IMemoryPoolFactory<byte>, LargeBlockPoolFactory>();
        var app = builder.Build();
        app.Run(handler);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw ServerErrors.CannotListen(host, port, e);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServerHost(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        // Let requests in flight finish briefly, then close: a clean shutdown leaves SQLite consistent.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }

    private static IPAddress ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(host, out var address) ? address : throw ServerErrors.InvalidHost(host);
    }
}
