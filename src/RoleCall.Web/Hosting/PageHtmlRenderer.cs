using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoleCall.Web.Hosting;

// The renderer base type lives in Components.RenderTree (as in ASP.NET's own HtmlRenderer): only its public,
// documented members are used: instantiate, render, write, remove the root component, dispose.
#pragma warning disable BL0006

/// <summary>
/// One static HTML renderer that renders one page at a time into its own reused buffer and then removes the
/// page's components again. <see cref="Microsoft.AspNetCore.Components.Web.HtmlRenderer"/> keeps every root
/// component it ever rendered (it is meant to live for one render): reused across requests it grew by ~8 KB a
/// page, and the ever larger heap made the collections that the server waits on ever longer.
/// </summary>
internal sealed class PageHtmlRenderer(IServiceProvider services) : StaticHtmlRenderer(services, NullLoggerFactory.Instance)
{
    private readonly StringBuilder html = new(8 * 1024);

    /// <summary>Renders the page; the HTML stays in the returned buffer until this renderer's next render.</summary>
    public Task<StringBuilder> RenderAsync(Type page, ParameterView parameters) =>
        Dispatcher.InvokeAsync(async () =>
        {
            var component = InstantiateComponent(page);
            var root = BeginRenderingComponent(component, parameters);
            var id = GetComponentState(component).ComponentId;
            try
            {
                await root.QuiescenceTask;
                html.Clear();
                using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
                root.WriteHtmlTo(writer);
                return html;
            }
            finally
            {
                RemoveRootComponent(id);
            }
        });
}
