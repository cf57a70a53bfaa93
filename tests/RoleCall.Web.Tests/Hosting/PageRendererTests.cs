using RoleCall.Web.Hosting;

namespace RoleCall.Web.Tests.Hosting;

/// <summary>
/// The pooled renderers live as long as the server: each page they render must be gone (disposed) once its
/// HTML is out, or every request leaves its components behind (the leak of reusing an HtmlRenderer).
/// </summary>
public sealed class PageRendererTests
{
    [Fact]
    public async Task Should_dispose_every_page_once_its_html_is_written()
    {
        await using var pages = new PageRenderer();
        var counter = new PageCounter("a & b");
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("a &amp; b", await pages.HtmlAsync<CountingPage>(counter));
        }

        Assert.Equal(50, counter.Disposed);
    }

    [Fact]
    public async Task Should_keep_concurrent_pages_apart()
    {
        await using var pages = new PageRenderer();
        var counters = Enumerable.Range(0, 8).Select(i => new PageCounter($"page {i} ")).ToArray();
        var renders = counters.Select(c => Task.Run(async () =>
        {
            var texts = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                texts.Add(await pages.HtmlAsync<CountingPage>(c));
            }

            return texts;
        })).ToArray();

        var results = await Task.WhenAll(renders);
        for (var i = 0; i < counters.Length; i++)
        {
            Assert.All(results[i], html => Assert.Equal(counters[i].Label, html));
            Assert.Equal(100, counters[i].Disposed);
        }
    }
}
