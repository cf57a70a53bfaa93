using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RoleCall.Browser.Tests.Support;
using RoleCall.Testing;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Browser.Tests;

/// <summary>
/// Issue 13, `rolecall sso login` with PKCE (the authorization-code grant newer AWS CLI v2 releases use) approved
/// in a real browser (Debian's chromium): the built rolecall prints the /authorize URL (--no-browser), chromium
/// signs in to serve's portal with the one-time password, sets a new one, allows access and follows serve's
/// redirect to rolecall's loopback callback; rolecall then exits 0 and the portal's role credentials answer.
/// </summary>
public sealed partial class SsoLoginWalkthroughTests
{
    private const string NewPassword = "Browser-Login-7890";

    [Fact]
    public async Task Should_log_in_with_pkce_approved_in_chromium()
    {
        await using var world = await ConsoleWorld.StartAsync();
        var portal = new PortalWorld(world);
        var url = world.Url.ToString().TrimEnd('/');
        var home = Directory.CreateTempSubdirectory("rolecall-sso-").FullName;
        try
        {
            var environment = Environment(home, url);
            using var login = InteractiveTool.Start("dotnet", [Rolecall, "sso", "login", "--profile", "dev", "--no-browser"], environment, "the .NET SDK runs the built rolecall.dll");
            var authorize = await login.WaitForAsync(AuthorizeUrl());

            using var playwright = await Playwright.CreateAsync();
            await using var chromium = await Chromium.LaunchAsync(playwright);
            var page = await chromium.NewPageAsync();
            await page.GotoAsync(authorize);
            await page.GetByLabel("Username").FillAsync("alice");
            await page.GetByLabel("Password").FillAsync(portal.FirstPassword);
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
            await page.GetByLabel("New password", new PageGetByLabelOptions { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("Confirm new password").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set new password" }).ClickAsync();
            await Screenshots.TakeAsync(page, "sso-01-allow-access");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Allow access" }).ClickAsync();

            // The browser lands on rolecall's own loopback listener, which took the code.
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/oauth/callback\?code=", page.Url);
            Assert.Contains("Your credentials have been shared successfully", await page.ContentAsync(), StringComparison.Ordinal);
            await Screenshots.TakeAsync(page, "sso-02-callback");
            Assert.True(await login.ExitAsync() == 0, login.Transcript);
            Assert.EndsWith($"\nSuccessfully logged into Start URL: {url}/start\n", login.Transcript, StringComparison.Ordinal);

            var identity = await Processes.RunAsync("dotnet", [Rolecall, "sts", "get-caller-identity", "--profile", "dev", "--query", "Arn", "--output", "text"],
                environment, "the .NET SDK runs the built rolecall.dll");
            Assert.True(identity.Code == 0, identity.Stderr);
            Assert.Matches($"^arn:aws:sts::{ConsoleWorld.ProdAccount}:assumed-role/AWSReservedSSO_{PortalWorld.PermissionSet}_[0-9a-f]{{16}}/alice$", identity.Stdout.Trim());
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static string Rolecall => Path.Combine(AppContext.BaseDirectory, "rolecall.dll");

    /// <summary>A fresh HOME whose sso-session names serve's portal; AWS_ENDPOINT_URL sends the SSO calls there too.</summary>
    private static Dictionary<string, string> Environment(string home, string url)
    {
        var config = Path.Combine(home, "config");
        File.WriteAllText(config, $"""
            [profile dev]
            sso_session = corp
            sso_account_id = {ConsoleWorld.ProdAccount}
            sso_role_name = {PortalWorld.PermissionSet}
            region = us-east-1

            [sso-session corp]
            sso_start_url = {url}/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            """);
        return new Dictionary<string, string>
        {
            ["HOME"] = home, ["AWS_CONFIG_FILE"] = config, ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "credentials"),
            ["AWS_ENDPOINT_URL"] = url, ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ACCESS_KEY_ID"] = "", ["AWS_SECRET_ACCESS_KEY"] = "", ["AWS_SESSION_TOKEN"] = "", ["AWS_PROFILE"] = "",
        };
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/authorize\?\S+")]
    private static partial Regex AuthorizeUrl();
}
