using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>Issue 12: sign-in with password and MFA, its refusals, and the cookies it sets.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private ConsoleWorld world = null!;

    public async Task InitializeAsync() => world = await ConsoleWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Should_sign_in_with_password_and_mfa_and_show_who_is_signed_in()
    {
        world.CreateUser("alice");
        var seed = world.EnableMfa("alice");
        using var browser = new ConsoleClient(world.Url);

        var home = await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password, ConsoleWorld.NextCode(seed));

        Assert.Equal(200, home.Status);
        Assert.Contains("alice @ 123456789012", home.Html, StringComparison.Ordinal);
        Assert.Contains("arn:aws:iam::123456789012:user/alice</code> with MFA", home.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_set_http_only_same_site_lax_cookies()
    {
        world.CreateUser("alice");
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/signin");

        var page = await browser.PostAsync("/signin", ("account", ConsoleWorld.UsersAccount), ("kind", "user"), ("username", "alice"), ("password", ConsoleWorld.Password));

        var cookie = page.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rolecall-session=", StringComparison.Ordinal));
        Assert.Equal("/console", page.Location);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_lock_the_user_after_five_wrong_passwords_with_a_clear_message()
    {
        world.CreateUser("alice");
        using var browser = new ConsoleClient(world.Url);

        var pages = new List<Page>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", "Wrong-Pass-1"));
        }

        var right = await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);

        Assert.All(pages.Take(4), p => Assert.Contains("Your authentication information is incorrect", p.Html, StringComparison.Ordinal));
        Assert.Contains("locked for 15 minutes", pages[4].Html, StringComparison.Ordinal);
        Assert.Contains("locked for 15 minutes", right.Html, StringComparison.Ordinal);
        Assert.Equal(401, right.Status);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_and_a_reused_mfa_code()
    {
        world.CreateUser("alice");
        var seed = world.EnableMfa("alice");
        using var first = new ConsoleClient(world.Url);
        using var second = new ConsoleClient(world.Url);
        var code = ConsoleWorld.NextCode(seed);

        var wrong = await first.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password, code == "123456" ? "654321" : "123456");
        var ok = await first.PostAsync("/signin/mfa", ("code", code));
        var reused = await second.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password, code);

        Assert.Contains("The MFA code is not valid or was already used", wrong.Html, StringComparison.Ordinal);
        Assert.Equal("/console", ok.Location);
        Assert.Contains("The MFA code is not valid or was already used", reused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_force_a_password_change_when_reset_is_required()
    {
        world.CreateUser("bob", resetRequired: true);
        using var browser = new ConsoleClient(world.Url);

        var step = await browser.SignInAsync(ConsoleWorld.UsersAccount, "bob", ConsoleWorld.Password);
        var weak = await browser.PostAsync("/signin/password", ("newpassword", "weak"), ("confirmpassword", "weak"));
        var done = await browser.PostAsync("/signin/password", ("newpassword", "Brand-New-Pass-9"), ("confirmpassword", "Brand-New-Pass-9"));

        Assert.Contains("must choose a new password", step.Html, StringComparison.Ordinal);
        Assert.Contains("Password does not conform", weak.Html, StringComparison.Ordinal);
        Assert.Equal("/console", done.Location);
    }

    [Fact]
    public async Task Should_sign_in_as_root_and_refuse_a_form_without_its_anti_forgery_token()
    {
        using var browser = new ConsoleClient(world.Url);
        await browser.GetAsync("/signin");

        var forged = await browser.PostAsync("/signin", withToken: false, ("account", ConsoleWorld.UsersAccount), ("kind", "root"), ("password", "Root-Pass-12345"));
        var root = await browser.PostAsync("/signin", ("account", ConsoleWorld.UsersAccount), ("kind", "root"), ("password", "Root-Pass-12345"));
        var home = await browser.GetAsync("/console");

        Assert.Equal(400, forged.Status);
        Assert.Contains("no valid anti-forgery token, so nothing was changed", forged.Html, StringComparison.Ordinal);
        Assert.Equal("/console", root.Location);
        Assert.Contains("root @ 123456789012", home.Html, StringComparison.Ordinal);
    }
}
