using Microsoft.Playwright;

namespace RoleCall.Browser.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright: never a downloaded browser. A machine without /usr/bin/chromium
/// fails the test with the command that installs it.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install it with `apt-get update && apt-get install -y chromium`");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Arguments });
    }
}
