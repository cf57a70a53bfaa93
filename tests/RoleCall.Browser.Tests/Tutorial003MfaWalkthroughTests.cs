using Microsoft.Playwright;
using RoleCall.Browser.Tests.Support;
using RoleCall.Core.Otp;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Browser.Tests;

/// <summary>
/// Tutorial 003, Method 3, step 1, in Debian's chromium: the administrator (root here) opens Users, the user,
/// its security credentials and "Assign MFA device" for that user: a device name, the QR code, two consecutive
/// codes, "Add MFA"; the user then signs in to the console with a code. Before this pass the console could
/// assign a device only to the signed-in user's own Security credentials page.
/// </summary>
public sealed class Tutorial003MfaWalkthroughTests
{
    [Fact]
    public async Task Should_assign_a_users_mfa_device_from_the_users_page_and_then_sign_the_user_in_with_a_code()
    {
        await using var world = await ConsoleWorld.StartAsync();
        world.CreateUser("mfa-user");
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await Chromium.LaunchAsync(playwright);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var url = world.Url.ToString().TrimEnd('/');

        await SignInAsync(page, url, root: true, "", ConsoleWorld.RootPassword);
        await page.GotoAsync(url + "/console/iam/users");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "mfa-user", Exact = true }).ClickAsync();
        await page.GetByLabel("Device name").FillAsync("admindevice");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Assign MFA device" }).ClickAsync();
        var qr = page.GetByAltText("QR code of the virtual MFA device");
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "the QR code PNG did not load");
        await Screenshots.TakeAsync(page, "12-user-mfa-qr-code");

        var seed = Base32.Decode(await page.GetByTestId("mfa-secret").InnerTextAsync())!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        await page.GetByLabel("MFA code 1").FillAsync(Totp.Code(seed, step - 1));
        await page.GetByLabel("MFA code 2").FillAsync(Totp.Code(seed, step));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add MFA" }).ClickAsync();
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("MFA device arn:aws:iam::123456789012:mfa/admindevice is assigned to mfa-user.", main, StringComparison.Ordinal);
        Assert.Contains("arn:aws:iam::123456789012:mfa/admindevice", await page.Locator("pre code").AllInnerTextsAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
        await Screenshots.TakeAsync(page, "13-user-mfa-assigned");

        // The device is the user's: its sign-in now asks for a code.
        await page.GetByTestId("identity").ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await SignInAsync(page, url, root: false, "mfa-user", ConsoleWorld.Password);
        await page.GetByLabel("MFA code").FillAsync(ConsoleWorld.NextCode(seed));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Submit" }).ClickAsync();
        Assert.Equal("mfa-user @ 123456789012", await page.GetByTestId("identity").InnerTextAsync());
        Assert.Contains("arn:aws:iam::123456789012:user/mfa-user with MFA", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "14-user-signed-in-with-mfa");
    }

    private static async Task SignInAsync(IPage page, string url, bool root, string user, string password)
    {
        await page.GotoAsync(url + "/signin");
        await page.GetByLabel("Account ID or alias").FillAsync(ConsoleWorld.UsersAccount);
        if (root)
        {
            await page.GetByLabel("Root user").CheckAsync();
        }
        else
        {
            await page.GetByLabel("IAM user name").FillAsync(user);
        }

        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }
}
