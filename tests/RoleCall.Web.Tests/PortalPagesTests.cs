using System.Text.RegularExpressions;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>
/// Issue 13: the access portal at /start as a browser without JavaScript meets it: sign-in with the
/// administrator's one-time password and the forced change, the accounts and permission sets, the credentials
/// dialog's Options 1-3 and `aws configure sso` values, the console link, and the refusals.
/// </summary>
public sealed class PortalPagesTests : IAsyncLifetime
{
    private const string NewPassword = "Portal-Pass-4567";

    private ConsoleWorld world = null!;
    private PortalWorld portal = null!;

    public async Task InitializeAsync()
    {
        world = await ConsoleWorld.StartAsync();
        portal = new PortalWorld(world);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Should_ask_for_a_new_password_after_the_one_time_password_and_then_list_the_accounts()
    {
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/start");

        var first = await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        await browser.GetAsync(first.Location!);
        var mismatch = await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword + "x"));
        var changed = await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword));
        var home = await browser.GetAsync(changed.Location!);

        Assert.Equal("/start/password", first.Location);
        Assert.Equal((400, true), (mismatch.Status, mismatch.Html.Contains("The two passwords do not match.", StringComparison.Ordinal)));
        Assert.Equal("/start", changed.Location);
        Assert.Contains("AWS accounts (1)", home.Html, StringComparison.Ordinal);
        Assert.Contains($"{ConsoleWorld.ProdAccount} | aws+{ConsoleWorld.ProdAccount}@rolecall.invalid", home.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/start/credentials?account_id={ConsoleWorld.ProdAccount}&role_name={PortalWorld.PermissionSet}\"", home.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_three_options_for_each_shell_and_the_configure_sso_values()
    {
        using var browser = await SignedInAsync();

        var page = await browser.GetAsync($"/start/credentials?account_id={ConsoleWorld.ProdAccount}&role_name={PortalWorld.PermissionSet}");

        var id = Regex.Match(page.Html, "export AWS_ACCESS_KEY_ID=\"(ASIA[A-Z0-9]{16})\"").Groups[1].Value;
        Assert.Equal(200, page.Status);
        Assert.Contains($"set AWS_ACCESS_KEY_ID={id}\nset AWS_SECRET_ACCESS_KEY=", page.Html, StringComparison.Ordinal);
        Assert.Contains($"$Env:AWS_ACCESS_KEY_ID=\"{id}\"\n$Env:AWS_SECRET_ACCESS_KEY=\"", page.Html, StringComparison.Ordinal);
        Assert.Matches($@"\[{PortalWorld.ProfileName}\]\naws_access_key_id={id}\naws_secret_access_key=\S+\naws_session_token=\S+</pre>", page.Html);
        Assert.Contains($"<dd id=\"sso-start-url\">{world.Url.ToString().TrimEnd('/')}/start</dd>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"sso-region\">us-east-1</dd>", page.Html, StringComparison.Ordinal);
        Assert.Contains($"<dd id=\"value-access-key-id\">{id}</dd>", page.Html, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_sign_in_to_the_console_as_the_permission_sets_role()
    {
        using var browser = await SignedInAsync();

        var link = await browser.GetAsync($"/start/console?account_id={ConsoleWorld.ProdAccount}&role_name={PortalWorld.PermissionSet}");
        var login = await browser.GetAsync(link.Location!);
        var console = await browser.GetAsync(login.Location!);

        Assert.StartsWith("/federation?Action=login&SigninToken=", link.Location, StringComparison.Ordinal);
        Assert.Equal("/console", login.Location);
        Assert.Matches($"assumed-role/AWSReservedSSO_{PortalWorld.PermissionSet}_[0-9a-f]{{16}}/alice", console.Html);
    }

    [Fact]
    public async Task Should_refuse_a_permission_set_not_assigned_to_the_user()
    {
        using var browser = await SignedInAsync();

        var otherAccount = await browser.GetAsync($"/start/credentials?account_id={ConsoleWorld.UsersAccount}&role_name={PortalWorld.PermissionSet}");
        var otherSet = await browser.GetAsync($"/start/console?account_id={ConsoleWorld.ProdAccount}&role_name=Admin");

        Assert.Equal((403, true), (otherAccount.Status, otherAccount.Html.Contains("ForbiddenException: you have no access to permission set 'DevOps' in account '123456789012'", StringComparison.Ordinal)));
        Assert.DoesNotContain("AWS_ACCESS_KEY_ID", otherAccount.Html, StringComparison.Ordinal);
        Assert.Equal((403, null), (otherSet.Status, otherSet.Location));
    }

    [Fact]
    public async Task Should_lock_the_user_after_five_wrong_passwords_even_for_the_right_one()
    {
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/start");
        var wrong = new List<Page>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await browser.PostAsync("/start/signin", ("username", "ALICE"), ("password", "not-it")));
        }

        var right = await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));

        Assert.All(wrong.Take(4), p => Assert.Equal(401, p.Status));
        Assert.Equal((429, 429), (wrong[4].Status, right.Status));
        Assert.Contains("this user is locked for 15 minutes", right.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_a_form_without_its_token_and_pages_after_sign_out()
    {
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/start");
        var wrong = await browser.PostAsync("/start/signin", ("username", "alice"), ("password", "not-it"));
        var forged = await browser.PostAsync("/start/signin", withToken: false, ("username", "alice"), ("password", portal.FirstPassword));
        using var signedIn = await SignedInAsync();
        await signedIn.GetAsync("/start");
        var signedOut = await signedIn.PostAsync("/start/signout");
        var after = await signedIn.GetAsync($"/start/credentials?account_id={ConsoleWorld.ProdAccount}&role_name={PortalWorld.PermissionSet}");

        Assert.Equal((401, true), (wrong.Status, wrong.Html.Contains("Incorrect username or password.", StringComparison.Ordinal)));
        Assert.Equal(400, forged.Status);
        Assert.Equal("/start", signedOut.Location);
        Assert.Contains("<h1>Sign in</h1>", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS_ACCESS_KEY_ID", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_pages_that_run_only_the_portals_own_script()
    {
        using var browser = new ConsoleClient(world.Url);

        var page = await browser.GetAsync("/start");
        var script = await browser.GetAsync("/start/copy.js");

        Assert.Contains("script-src 'self'", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("navigator.clipboard.writeText", script.Html, StringComparison.Ordinal);
    }

    private async Task<ConsoleClient> SignedInAsync()
    {
        var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/start");
        var first = await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        if (first.Location == "/start/password")
        {
            await browser.GetAsync(first.Location);
            await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword));
        }

        return browser;
    }
}
