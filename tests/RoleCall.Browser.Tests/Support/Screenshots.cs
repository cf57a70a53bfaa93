using Microsoft.Playwright;

namespace RoleCall.Browser.Tests.Support;

/// <summary>
/// Saves each step's page as NN-step.png. A plain test run writes them to a temporary folder, so running the
/// tests leaves the working tree as it was; `ROLECALL_SCREENSHOTS=docs/console dotnet test tests/RoleCall.Browser.Tests`
/// refreshes the README's console section (a relative path is taken from the repository root).
/// </summary>
internal static class Screenshots
{
    private static readonly Lazy<string> Target = new(Directory);

    public static Task TakeAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(Target.Value, name + ".png"), FullPage = true });

    private static string Directory()
    {
        var requested = Environment.GetEnvironmentVariable("ROLECALL_SCREENSHOTS");
        var target = string.IsNullOrEmpty(requested)
            ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rolecall-console-screenshots")
            : System.IO.Path.Combine(RepositoryRoot(), requested);
        System.IO.Directory.CreateDirectory(target);
        return target;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "RoleCall.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RoleCall.slnx not found above the test's directory");
    }
}
