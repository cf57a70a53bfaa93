using Microsoft.Playwright;

namespace RoleCall.Browser.Tests.Support;

/// <summary>Saves each step's page as docs/console/NN-step.png in the repository, for the README's console section.</summary>
internal static class Screenshots
{
    public static Task TakeAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(Directory(), name + ".png"), FullPage = true });

    private static string Directory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "RoleCall.slnx")))
        {
            dir = dir.Parent;
        }

        var target = System.IO.Path.Combine(dir?.FullName ?? System.IO.Path.GetTempPath(), "docs", "console");
        System.IO.Directory.CreateDirectory(target);
        return target;
    }
}
