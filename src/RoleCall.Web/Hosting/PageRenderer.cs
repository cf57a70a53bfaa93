using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoleCall.Web.Hosting;

/// <summary>
/// Renders a page component to HTML on the server (static rendering: no circuit, no JavaScript) and writes it
/// with headers that keep pages out of caches and frames. An HtmlRenderer runs its renders one at a time on
/// its own dispatcher, so one renderer would queue every page of every connection behind each other: each
/// render borrows an idle renderer from a pool (a new one when all are busy; at most as many as ever render
/// at once).
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly ConcurrentBag<HtmlRenderer> idle = [];
    private readonly ConcurrentQueue<HtmlRenderer> all = new();

    public PageRenderer() =>
        services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();

    public async Task<string> HtmlAsync<TPage>(object model)
        where TPage : IComponent
    {
        if (!idle.TryTake(out var renderer))
        {
            renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            all.Enqueue(renderer);
        }

        try
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(1) { ["Model"] = model });
                var output = await renderer.RenderComponentAsync<TPage>(parameters);
                return output.ToHtmlString();
            });
        }
        finally
        {
            idle.Add(renderer);
        }
    }

    /// <summary>The console's policy: no scripts at all, styles inline, forms to this origin only.</summary>
    public const string ConsoleCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'";

    public async Task WriteAsync<TPage>(HttpContext http, object model, int status = StatusCodes.Status200OK, string csp = ConsoleCsp)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(http);
        var html = await HtmlAsync<TPage>(model);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = csp;
        await http.Response.WriteAsync(html);
    }

    public async ValueTask DisposeAsync()
    {
        while (all.TryDequeue(out var renderer))
        {
            await renderer.DisposeAsync();
        }

        await services.DisposeAsync();
    }
}
