using Microsoft.Playwright;
using RoleCall.Browser.Tests.Support;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Browser.Tests;

/// <summary>
/// Issue 13, the tutorial 002 in a real browser (Debian's chromium): sign in to the access portal at /start with
/// the administrator's one-time password, expand "AWS accounts" and the account, open "Command line or
/// programmatic access", copy Option 2 with its copy button into a fresh HOME's ~/.aws/credentials and Option 1
/// into bash, and use both from the AWS CLI v1, including a role profile whose source_profile is the pasted one.
/// Then "Management console" signs in to the console as the permission set's AWSReservedSSO role.
/// </summary>
public sealed class PortalWalkthroughTests
{
    private const string NewPassword = "Portal-Pass-4567";

    [Fact]
    public async Task Should_give_the_tutorials_options_that_the_aws_cli_accepts()
    {
        await using var world = await ConsoleWorld.StartAsync();
        var portal = new PortalWorld(world);
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await Chromium.LaunchAsync(playwright);
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        var url = world.Url.ToString().TrimEnd('/');

        // Sign in with the one-time password, then choose a new one.
        await page.GotoAsync(url + "/start");
        await page.GetByLabel("Username").FillAsync("alice");
        await page.GetByLabel("Password").FillAsync(portal.FirstPassword);
        await Screenshots.TakeAsync(page, "portal-01-sign-in");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("New password", new PageGetByLabelOptions { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirm new password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set new password" }).ClickAsync();
        Assert.Equal("Alice Doe", await page.GetByTestId("portal-user").InnerTextAsync());

        // Tutorial steps 2-3: expand "AWS accounts", then the account, then its permission set's access keys.
        await page.GetByText("AWS accounts (1)").ClickAsync();
        await page.GetByText($"{ConsoleWorld.ProdAccount} | aws+{ConsoleWorld.ProdAccount}@rolecall.invalid").ClickAsync();
        await Screenshots.TakeAsync(page, "portal-02-accounts");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Command line or programmatic access" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        Assert.Contains($"Get credentials for {PortalWorld.PermissionSet}", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(url + "/start", await page.Locator("#sso-start-url").InnerTextAsync());
        Assert.Equal("us-east-1", await page.Locator("#sso-region").InnerTextAsync());
        await Screenshots.TakeAsync(page, "portal-03-credentials-dialog");

        // The tabs switch without a request: Windows and PowerShell show their own Option 1.
        await page.GetByText("Windows", new PageGetByTextOptions { Exact = true }).ClickAsync();
        Assert.StartsWith("set AWS_ACCESS_KEY_ID=ASIA", await page.Locator("#option1-windows").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.Locator("#option1-unix").IsVisibleAsync());
        await page.GetByText("PowerShell", new PageGetByTextOptions { Exact = true }).ClickAsync();
        Assert.StartsWith("$Env:AWS_ACCESS_KEY_ID=\"ASIA", await page.Locator("#option1-powershell").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "portal-04-powershell-tab");
        await page.GetByText("macOS and Linux", new PageGetByTextOptions { Exact = true }).ClickAsync();

        // Method 02: Option 2 into a fresh HOME's credentials file, a role profile on top (tutorial steps 4-9).
        var home = Directory.CreateTempSubdirectory("rolecall-portal-").FullName;
        try
        {
            var option2 = await CopyAsync(page, "Copy Option 2 (macOS and Linux)");
            Assert.StartsWith($"[{PortalWorld.ProfileName}]\naws_access_key_id=ASIA", option2, StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(home, ".aws"));
            await File.WriteAllTextAsync(Path.Combine(home, ".aws", "credentials"), option2 + "\n");
            await File.WriteAllTextAsync(Path.Combine(home, ".aws", "config"),
                $"[profile target]\nrole_arn = arn:aws:iam::{ConsoleWorld.ProdAccount}:role/{PortalWorld.TargetRole}\nsource_profile = {PortalWorld.ProfileName}\n");
            var pasted = await ArnAsync(home, url, ["--profile", PortalWorld.ProfileName]);
            Assert.Matches($"^arn:aws:sts::{ConsoleWorld.ProdAccount}:assumed-role/AWSReservedSSO_{PortalWorld.PermissionSet}_[0-9a-f]{{16}}/alice$", pasted);
            var assumed = await ArnAsync(home, url, ["--profile", "target"]);
            Assert.StartsWith($"arn:aws:sts::{ConsoleWorld.ProdAccount}:assumed-role/{PortalWorld.TargetRole}/", assumed, StringComparison.Ordinal);

            // Method 01: Option 1 pasted into bash.
            var option1 = await CopyAsync(page, "Copy Option 1 (macOS and Linux)");
            var shell = await Processes.RunAsync("bash", ["-c", option1 + $"\naws sts get-caller-identity --endpoint-url {url} --query Arn --output text"],
                Environment(home, url), "apt-get install -y bash; pip install awscli");
            Assert.Equal((0, pasted), (shell.Code, shell.Stdout.Trim()));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }

        // "Management console": signed in to the console as the permission set's role.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Close" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Management console" }).ClickAsync();
        Assert.Matches($"assumed-role/AWSReservedSSO_{PortalWorld.PermissionSet}_[0-9a-f]{{16}}/alice", await page.GetByTestId("acting-arn").InnerTextAsync());
        await Screenshots.TakeAsync(page, "portal-05-management-console");
    }

    /// <summary>Clicks a copy button (the script shows them) and reads what it put on the clipboard.</summary>
    private static async Task<string> CopyAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button }).ClickAsync();
        return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }

    private static async Task<string> ArnAsync(string home, string url, string[] profile)
    {
        var run = await Processes.RunAsync("aws", ["sts", "get-caller-identity", "--endpoint-url", url, "--query", "Arn", "--output", "text", .. profile],
            Environment(home, url), "pip install awscli");
        Assert.True(run.Code == 0, run.Stderr);
        return run.Stdout.Trim();
    }

    /// <summary>A fresh HOME; AWS_ENDPOINT_URL also sends the CLI's own AssumeRole (for source_profile) to serve.</summary>
    private static Dictionary<string, string> Environment(string home, string url) => new()
    {
        ["AWS_ENDPOINT_URL"] = url,
        ["HOME"] = home,
        ["AWS_CONFIG_FILE"] = Path.Combine(home, ".aws", "config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, ".aws", "credentials"),
        ["AWS_DEFAULT_REGION"] = "us-east-1",
    };
}
