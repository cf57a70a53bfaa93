using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RoleCall.Browser.Tests.Support;
using RoleCall.Core.Otp;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Browser.Tests;

/// <summary>
/// Issue 12, "Verify it as a user would, in a real browser": the seven steps in one test, in Debian's chromium,
/// against an in-process `rolecall serve`, with a screenshot of each step (docs/console/ with ROLECALL_SCREENSHOTS=docs/console).
/// </summary>
public sealed class ConsoleWalkthroughTests
{
    // AWS's blue, 99BCE3: the display name shows on it.
    private const string Blue = "rgb(153, 188, 227)";

    [Fact]
    public async Task Should_walk_through_the_console_as_the_tutorials_user()
    {
        await using var world = await ConsoleWorld.StartAsync();
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        var seed = world.EnableMfa("alice");
        world.CreateRole("admin", requireMfa: true);
        world.CreateRole("viewer", requireMfa: false);
        for (var i = 1; i <= 5; i++)
        {
            world.CreateRole($"team{i}", requireMfa: false);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await Chromium.LaunchAsync(playwright);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        var url = world.Url.ToString().TrimEnd('/');

        // 1. Sign in with a password and MFA.
        await page.GotoAsync(url + "/console");
        await page.GetByLabel("Account ID or alias").FillAsync(ConsoleWorld.UsersAccount);
        await page.GetByLabel("IAM user name").FillAsync("alice");
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(ConsoleWorld.Password);
        await Screenshots.TakeAsync(page, "01-sign-in");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("MFA code").FillAsync(ConsoleWorld.NextCode(seed));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Submit" }).ClickAsync();
        Assert.Equal("alice @ 123456789012", await Identity(page).InnerTextAsync());
        Assert.Contains("with MFA", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "02-signed-in-with-mfa");

        // 2. Create an access key in the console and use it from the AWS CLI.
        await Identity(page).ClickAsync();
        await page.Locator("details.menu").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Security credentials" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create access key" }).ClickAsync();
        var keyId = await page.GetByTestId("new-access-key-id").InnerTextAsync();
        var secret = await page.GetByTestId("new-secret-access-key").InnerTextAsync();
        Assert.Contains("This is the only time the secret access key can be viewed", await page.Locator("[role=dialog]").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "03-access-key-created");
        var cli = await Processes.RunAsync("aws", ["sts", "get-caller-identity", "--endpoint-url", url, "--query", "Arn", "--output", "text"],
            new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = keyId, ["AWS_SECRET_ACCESS_KEY"] = secret, ["AWS_DEFAULT_REGION"] = "us-east-1", ["AWS_CONFIG_FILE"] = "/dev/null", ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null" },
            "pip install awscli");
        Assert.Equal((0, "arn:aws:iam::123456789012:user/alice"), (cli.Code, cli.Stdout.Trim()));

        // 3. Assign a virtual MFA device from the page's secret.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Done" }).ClickAsync();
        await page.GetByLabel("Device name").FillAsync("laptop");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Assign MFA device" }).ClickAsync();
        Assert.True(await page.GetByAltText("QR code of the virtual MFA device").IsVisibleAsync());
        await Screenshots.TakeAsync(page, "04-assign-mfa-device");
        var deviceSeed = Base32.Decode(await page.GetByTestId("mfa-secret").InnerTextAsync())!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        await page.GetByLabel("MFA code 1").FillAsync(Totp.Code(deviceSeed, step - 1));
        await page.GetByLabel("MFA code 2").FillAsync(Totp.Code(deviceSeed, step));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add MFA" }).ClickAsync();
        Assert.Contains("arn:aws:iam::123456789012:mfa/laptop", await page.GetByTestId("mfa-arn").AllInnerTextsAsync());
        await Screenshots.TakeAsync(page, "05-mfa-device-assigned");

        // 4. Switch to a role in the second account whose trust policy requires MFA; the display name shows in blue.
        await SwitchAsync(page, url, "admin", "Prod admin", "Blue");
        Assert.Equal("Prod admin", await Identity(page).InnerTextAsync());
        Assert.Equal(Blue, await Identity(page).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Contains("assumed-role/admin/alice", await page.GetByTestId("acting-arn").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "06-switched-role");

        // 5. Fill the history to five; a sixth evicts the oldest. Switch back.
        for (var i = 1; i <= 5; i++)
        {
            await SwitchAsync(page, url, $"team{i}", $"Team {i}", "Green");
        }

        await Identity(page).ClickAsync();
        var history = await page.Locator("form[action='/switchrole/history'] button").AllInnerTextsAsync();
        Assert.Equal(["Team 5", "Team 4", "Team 3", "Team 2", "Team 1"], history);
        await Screenshots.TakeAsync(page, "07-role-history");

        // Tutorial 000: "select any other role from the history": one click switches, and that role moves to the front.
        await page.Locator("form[action='/switchrole/history'] button", new PageLocatorOptions { HasTextString = "Team 3" }).ClickAsync();
        Assert.Equal("Team 3", await Identity(page).InnerTextAsync());
        Assert.Contains("assumed-role/team3/alice", await page.GetByTestId("acting-arn").InnerTextAsync(), StringComparison.Ordinal);
        await Identity(page).ClickAsync();
        Assert.Equal(["Team 3", "Team 5", "Team 4", "Team 2", "Team 1"], await page.Locator("form[action='/switchrole/history'] button").AllInnerTextsAsync());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Switch back" }).ClickAsync();
        Assert.Equal("alice @ 123456789012", await Identity(page).InnerTextAsync());

        // 6. An AccessDenied page for a denied action.
        await page.GotoAsync(url + "/console/iam/roles");
        Assert.Contains("AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:ListRoles",
            await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "08-access-denied");

        // 7. `rolecall console --print-url --profile <role profile>` opened in a fresh browser lands signed in as the role.
        var signinUrl = await PrintUrlAsync(url, keyId, secret);
        var fresh = await chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        await fresh.GotoAsync(signinUrl);
        Assert.Matches(new Regex("assumed-role/viewer/"), await fresh.GetByTestId("acting-arn").InnerTextAsync());
        await Screenshots.TakeAsync(fresh, "09-rolecall-console-url");
    }

    private static ILocator Identity(IPage page) => page.GetByTestId("identity");

    private static async Task SwitchAsync(IPage page, string url, string role, string display, string color)
    {
        await page.GotoAsync(url + "/switchrole");
        await page.GetByLabel("Account ID or alias").FillAsync(ConsoleWorld.ProdAccount);
        await page.GetByLabel("Role name").FillAsync(role);
        await page.GetByLabel("Display name").FillAsync(display);
        await page.GetByLabel(color).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Switch Role" }).ClickAsync();
        Assert.Equal(display, await page.GetByTestId("identity").InnerTextAsync());
    }

    /// <summary>A role profile over the console-made key, as a learner would write it, and the built rolecall's URL for it.</summary>
    private static async Task<string> PrintUrlAsync(string url, string keyId, string secret)
    {
        var home = Directory.CreateTempSubdirectory("rolecall-console-").FullName;
        try
        {
            var config = Path.Combine(home, "config");
            var credentials = Path.Combine(home, "credentials");
            await File.WriteAllTextAsync(credentials, $"[alice]\naws_access_key_id = {keyId}\naws_secret_access_key = {secret}\n");
            await File.WriteAllTextAsync(config,
                $"[profile alice]\nregion = us-east-1\nendpoint_url = {url}\n\n[profile viewer]\nrole_arn = arn:aws:iam::{ConsoleWorld.ProdAccount}:role/viewer\nsource_profile = alice\nregion = us-east-1\nendpoint_url = {url}\n");
            var rolecall = Path.Combine(AppContext.BaseDirectory, "rolecall.dll");
            var run = await Processes.RunAsync("dotnet", [rolecall, "console", "--profile", "viewer", "--print-url"],
                new Dictionary<string, string> { ["HOME"] = home, ["AWS_CONFIG_FILE"] = config, ["AWS_SHARED_CREDENTIALS_FILE"] = credentials },
                "the .NET SDK runs the built rolecall.dll");
            Assert.True(run.Code == 0, run.Stderr);
            var printed = run.Stdout.Trim();
            Assert.StartsWith(url + "/federation?Action=login&", printed, StringComparison.Ordinal);
            return printed;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
