using Microsoft.Playwright;
using RoleCall.Browser.Tests.Support;
using RoleCall.Core.Otp;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Browser.Tests;

/// <summary>
/// Issue 12, in Debian's chromium: the root user assigns its MFA device on its Security credentials page (on
/// AWS only the console can), signs out, and signing in as root then asks for a code.
/// </summary>
public sealed class RootMfaWalkthroughTests
{
    [Fact]
    public async Task Should_assign_root_mfa_and_then_sign_root_in_with_a_code()
    {
        await using var world = await ConsoleWorld.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await Chromium.LaunchAsync(playwright);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        var url = world.Url.ToString().TrimEnd('/');

        await SignInAsRootAsync(page, url);
        Assert.Equal("root @ 123456789012", await page.GetByTestId("identity").InnerTextAsync());
        await page.GotoAsync(url + "/console/security-credentials");
        await page.GetByLabel("Device name").FillAsync("root-account-mfa-device");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Assign MFA device" }).ClickAsync();
        var seed = Base32.Decode(await page.GetByTestId("mfa-secret").InnerTextAsync())!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        await page.GetByLabel("MFA code 1").FillAsync(Totp.Code(seed, step - 1));
        await page.GetByLabel("MFA code 2").FillAsync(Totp.Code(seed, step));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add MFA" }).ClickAsync();
        Assert.Contains("arn:aws:iam::123456789012:mfa/root-account-mfa-device", await page.GetByTestId("mfa-arn").AllInnerTextsAsync());
        await Screenshots.TakeAsync(page, "10-root-mfa-assigned");

        await page.GetByTestId("identity").ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await SignInAsRootAsync(page, url);
        await page.GetByLabel("MFA code").FillAsync(ConsoleWorld.NextCode(seed));
        await Screenshots.TakeAsync(page, "11-root-sign-in-mfa");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Submit" }).ClickAsync();

        Assert.Equal("root @ 123456789012", await page.GetByTestId("identity").InnerTextAsync());
        Assert.Contains("arn:aws:iam::123456789012:root with MFA", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task SignInAsRootAsync(IPage page, string url)
    {
        await page.GotoAsync(url + "/signin");
        await page.GetByLabel("Account ID or alias").FillAsync(ConsoleWorld.UsersAccount);
        await page.GetByLabel("Root user").CheckAsync();
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(ConsoleWorld.RootPassword);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }
}
