using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoleCall.Web.Hosting;

// The renderer base type lives in Components.RenderTree (as in ASP.NET's own HtmlRenderer): only its public,
// documented members are used: instantiate, render, write, remove the root component, dispose.
#pragma warning disable BL0006

/// <summary>
/// Renders a page component to HTML on the server (static rendering: no circuit, no JavaScript) and writes it
/// with headers that keep pages out of caches and frames. A renderer runs its renders one at a time on its
/// own dispatcher, so one renderer would queue every page of every connection behind each other: each render
/// borrows an idle <see cref="PageHtmlRenderer"/> from a pool (a new one when all are busy; at most as many as
/// ever render at once), which removes the page's components once written, so a renderer holds no more than
/// its one buffer between requests.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly ConcurrentBag<PageHtmlRenderer> idle = [];
    private readonly ConcurrentQueue<PageHtmlRenderer> all = new();

    public PageRenderer() =>
        services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();

    public async Task<string> HtmlAsync<TPage>(object model)
        where TPage : IComponent
    {
        var renderer = Borrow();
        var html = await RenderAsync<TPage>(renderer, model);
        var text = html.ToString();
        idle.Add(renderer);
        return text;
    }

    /// <summary>The console's policy: no scripts at all, styles inline, forms to this origin only.</summary>
    public const string ConsoleCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'";

    public async Task WriteAsync<TPage>(HttpContext http, object model, int status = StatusCodes.Status200OK, string csp = ConsoleCsp)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(http);
        var renderer = Borrow();
        var html = await RenderAsync<TPage>(renderer, model);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = csp;
        // Encoded straight from the renderer's buffer into the response (no page-sized string), then the
        // renderer goes back to the pool before the network write.
        var body = http.Response.BodyWriter;
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in html.GetChunks())
        {
            encoder.Convert(chunk.Span, body, flush: false, out _, out _);
        }

        encoder.Convert([], body, flush: true, out _, out _);
        idle.Add(renderer);
        await body.FlushAsync(http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        while (all.TryDequeue(out var renderer))
        {
            await renderer.DisposeAsync();
        }

        await services.DisposeAsync();
    }

    private PageHtmlRenderer Borrow()
    {
        if (!idle.TryTake(out var renderer))
        {
            renderer = new PageHtmlRenderer(services);
            all.Enqueue(renderer);
        }

        return renderer;
    }

    /// <summary>A render that failed leaves its renderer out of the pool, disposed: its state is unknown.</summary>
    private static async Task<StringBuilder> RenderAsync<TPage>(PageHtmlRenderer renderer, object model)
        where TPage : IComponent
    {
        try
        {
            return await renderer.RenderAsync(typeof(TPage), ParameterView.FromDictionary(new Dictionary<string, object?>(1) { ["Model"] = model }));
        }
        catch
        {
            await renderer.DisposeAsync();
            throw;
        }
    }
}
