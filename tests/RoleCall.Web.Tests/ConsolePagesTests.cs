using RoleCall.Web.Services;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>Issue 12: security credentials, switch role with its history, IAM pages under the current identity's permissions.</summary>
public sealed class ConsolePagesTests : IAsyncLifetime
{
    private ConsoleWorld world = null!;

    public async Task InitializeAsync() => world = await ConsoleWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Should_show_a_new_secret_once_with_a_csv_and_never_again()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        using var browser = new ConsoleClient(world.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        await browser.GetAsync("/console/security-credentials");

        var created = await browser.PostAsync("/console/security-credentials", ("op", "create-key"));
        var secret = System.Text.RegularExpressions.Regex.Match(created.Html, "data-testid=\"new-secret-access-key\">([^<]+)<").Groups[1].Value;
        var again = await browser.GetAsync("/console/security-credentials");

        Assert.Equal(40, secret.Length);
        Assert.Contains("This is the only time the secret access key can be viewed or downloaded", created.Html, StringComparison.Ordinal);
        Assert.Contains("download=\"alice_accessKeys.csv\"", created.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, again.Html, StringComparison.Ordinal);
        Assert.Contains("Active", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_switch_roles_keep_five_in_the_history_and_switch_back()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        for (var i = 1; i <= 6; i++)
        {
            world.CreateRole($"role{i}", requireMfa: false);
        }

        using var browser = new ConsoleClient(world.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        for (var i = 1; i <= 6; i++)
        {
            await browser.GetAsync("/switchrole");
            var switched = await browser.PostAsync("/switchrole", ("account", ConsoleWorld.ProdAccount), ("roleName", $"role{i}"), ("displayName", $"Display{i}"), ("color", "Green"));
            Assert.Equal("/console", switched.Location);
        }

        var home = await browser.GetAsync("/console");
        var back = await browser.PostAsync("/switchrole/back");
        var user = await browser.GetAsync("/console");

        Assert.Contains("assumed-role/role6/alice", home.Html, StringComparison.Ordinal);
        Assert.Contains("background: #B7CA9D\" data-testid=\"identity\">Display6", home.Html, StringComparison.Ordinal);
        Assert.Equal(["Display6", "Display5", "Display4", "Display3", "Display2"], History(home.Html));
        Assert.Equal("/console", back.Location);
        Assert.Contains("alice @ 123456789012", user.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_role_the_user_may_not_assume_and_a_65_character_role_name_changing_nothing()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        world.CreateRole("needs-mfa", requireMfa: true);
        using var browser = new ConsoleClient(world.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        await browser.GetAsync("/switchrole");

        var denied = await browser.PostAsync("/switchrole", ("account", ConsoleWorld.ProdAccount), ("roleName", "needs-mfa"), ("displayName", ""), ("color", "Red"));
        var tooLong = await browser.PostAsync("/switchrole", ("account", ConsoleWorld.ProdAccount), ("roleName", new string('r', 65)), ("displayName", ""), ("color", "Red"));
        var home = await browser.GetAsync("/console");

        Assert.Contains("AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/needs-mfa", denied.Html, StringComparison.Ordinal);
        Assert.Contains("must be 1 to 64 characters; it has 65", tooLong.Html, StringComparison.Ordinal);
        Assert.Contains("alice @ 123456789012", home.Html, StringComparison.Ordinal);
        Assert.Empty(History(home.Html));
    }

    [Fact]
    public async Task Should_list_roles_as_the_role_and_show_access_denied_for_users_of_another_user()
    {
        world.CreateUser("reader", Policies.ReadIam);
        world.CreateUser("nobody");
        world.Call(ConsoleWorld.UsersAccount, "CreateRole", ("RoleName", "visible"), ("AssumeRolePolicyDocument",
            """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"""));
        using var reader = new ConsoleClient(world.Url);
        using var nobody = new ConsoleClient(world.Url);
        await reader.SignInAsync(ConsoleWorld.UsersAccount, "reader", ConsoleWorld.Password);
        await nobody.SignInAsync(ConsoleWorld.UsersAccount, "nobody", ConsoleWorld.Password);

        var roles = await reader.GetAsync("/console/iam/roles");
        var role = await reader.GetAsync("/console/iam/roles/visible");
        var denied = await nobody.GetAsync("/console/iam/roles");

        Assert.Contains(">visible</a>", roles.Html, StringComparison.Ordinal);
        Assert.Contains("ec2.amazonaws.com", role.Html, StringComparison.Ordinal);
        Assert.Equal(403, denied.Status);
        Assert.Contains("AccessDenied: User: arn:aws:iam::123456789012:user/nobody is not authorized to perform: iam:ListRoles", denied.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_roles_written_after_the_roles_page_was_rendered()
    {
        // The Roles page keeps its rendered rows until a role write (IamListHandler): each write must show.
        const string Trust = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""";
        world.CreateUser("reader", Policies.ReadIam);
        world.Call(ConsoleWorld.UsersAccount, "CreateRole", ("RoleName", "first"), ("AssumeRolePolicyDocument", Trust));
        using var reader = new ConsoleClient(world.Url);
        await reader.SignInAsync(ConsoleWorld.UsersAccount, "reader", ConsoleWorld.Password);
        var before = await reader.GetAsync("/console/iam/roles");
        var again = await reader.GetAsync("/console/iam/roles");

        world.Call(ConsoleWorld.UsersAccount, "CreateRole", ("RoleName", "second"), ("AssumeRolePolicyDocument", Trust));
        var created = await reader.GetAsync("/console/iam/roles");
        world.Call(ConsoleWorld.UsersAccount, "UpdateRole", ("RoleName", "first"), ("Description", "now described"));
        var updated = await reader.GetAsync("/console/iam/roles");
        world.Call(ConsoleWorld.UsersAccount, "DeleteRole", ("RoleName", "second"));
        var deleted = await reader.GetAsync("/console/iam/roles");

        Assert.Contains(">first</a>", before.Html, StringComparison.Ordinal);
        Assert.Equal(before.Html, again.Html);
        Assert.Contains(">second</a>", created.Html, StringComparison.Ordinal);
        Assert.Contains("<td>now described</td>", updated.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(">second</a>", deleted.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_same_roles_node_until_a_role_write_so_the_rendered_rows_are_reused()
    {
        // What IamListHandler's cache of rendered rows relies on: one node per unchanged listing, a new one after a write.
        const string Trust = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""";
        world.Call(ConsoleWorld.UsersAccount, "CreateRole", ("RoleName", "first"), ("AssumeRolePolicyDocument", Trust));
        var calls = new IamCalls(world.Server.Iam);
        var root = world.RootCaller(ConsoleWorld.UsersAccount);

        var first = calls.Iam(root, "ListRoles", ("MaxItems", "100")).Node("Roles");
        var second = calls.Iam(root, "ListRoles", ("MaxItems", "100")).Node("Roles");
        world.Call(ConsoleWorld.UsersAccount, "CreateRole", ("RoleName", "second"), ("AssumeRolePolicyDocument", Trust));
        var third = calls.Iam(root, "ListRoles", ("MaxItems", "100")).Node("Roles");

        Assert.Same(first, second);
        Assert.True(Protocol.Query.ReusableResults.IsReusable(first!));
        Assert.NotSame(second, third);
    }

    [Fact]
    public async Task Should_send_a_browser_without_a_session_to_sign_in()
    {
        using var browser = new ConsoleClient(world.Url);

        var home = await browser.GetAsync("/console");
        var deepLink = await browser.GetAsync("/switchrole?account=210987654321&roleName=admin");

        Assert.Equal("/signin", home.Location);
        Assert.Equal("/signin?account=210987654321", deepLink.Location);
    }

    [Theory]
    [InlineData("FAD791", "Yellow")]
    [InlineData("fad791", "Yellow")]
    [InlineData("EFDA95", "Yellow")]
    [InlineData("B7CA9D", "Green")]
    [InlineData("99BCE3", "Blue")]
    [InlineData("F2B0A9", "Red")]
    [InlineData("FBBF93", "Orange")]
    [InlineData("Yellow", "Yellow")]
    [InlineData("123456", "Red")]
    public async Task Should_fill_the_colour_of_a_switch_role_link_from_aws_hex_codes_and_names(string color, string chosen)
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        using var browser = new ConsoleClient(world.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);

        var form = await browser.GetAsync($"/switchrole?account=210987654321&roleName=admin&displayName=Prod&color={color}");

        var checkedColors = System.Text.RegularExpressions.Regex.Matches(form.Html, "name=\"color\" value=\"(\\w+)\" checked").Select(m => m.Groups[1].Value);
        Assert.Equal([chosen], checkedColors);
    }

    [Fact]
    public async Task Should_show_a_role_switched_to_from_a_hex_link_in_that_aws_colour()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        world.CreateRole("admin", requireMfa: false);
        using var browser = new ConsoleClient(world.Url);
        await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
        await browser.GetAsync("/switchrole?account=210987654321&roleName=admin&color=99BCE3");

        await browser.PostAsync("/switchrole", ("account", ConsoleWorld.ProdAccount), ("roleName", "admin"), ("displayName", "Prod"), ("color", "99BCE3"));
        var home = await browser.GetAsync("/console");

        Assert.Contains("background: #99BCE3\" data-testid=\"identity\">Prod", home.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_return_to_the_switch_role_deep_link_after_signing_in()
    {
        using var browser = new ConsoleClient(world.Url);
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        var link = "/switchrole?account=210987654321&roleName=admin&displayName=Prod&color=FAD791";

        await browser.GetAsync(link);
        var signedIn = await SignInAsync(browser);

        Assert.Equal(link, signedIn.Location);
        var form = await browser.GetAsync(signedIn.Location!);
        Assert.Equal(200, form.Status);
        Assert.Contains("value=\"Prod\"", form.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_return_to_another_site_after_signing_in()
    {
        using var browser = new ConsoleClient(world.Url);
        world.CreateUser("alice");
        browser.Cookies.Add(world.Url, new System.Net.Cookie("rolecall-return", Uri.EscapeDataString("//evil.example/console")));

        var signedIn = await SignInAsync(browser);

        Assert.Equal("/console", signedIn.Location);
    }

    [Fact]
    public async Task Should_assign_another_users_mfa_device_only_with_the_signed_in_identitys_permissions()
    {
        // Tutorial 003 pass: the user page's Assign MFA device acts as the signed-in identity, as every page does.
        world.CreateUser("alice", Policies.ReadIam);
        world.CreateUser("bob");
        using var browser = new ConsoleClient(world.Url);
        await SignInAsync(browser);

        var page = await browser.GetAsync("/console/iam/users/bob");
        var assign = await browser.PostAsync("/console/iam/users/bob", ("op", "assign-mfa"), ("devicename", "bob-phone"));
        var enable = await browser.PostAsync("/console/iam/users/bob", ("op", "enable-mfa"), ("code1", "123456"), ("code2", "654321"));

        Assert.Contains("<button type=\"submit\">Assign MFA device</button>", page.Html, StringComparison.Ordinal);
        Assert.Equal(400, assign.Status);
        Assert.Contains("AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateVirtualMFADevice", assign.Html, StringComparison.Ordinal);
        Assert.Contains("Start with Assign MFA device.", enable.Html, StringComparison.Ordinal);
        Assert.Empty(world.Call(ConsoleWorld.UsersAccount, "ListMFADevices", ("UserName", "bob"))!.Members("MFADevices"));
    }

    private static async Task<Page> SignInAsync(ConsoleClient browser)
    {
        await browser.GetAsync("/signin");
        return await browser.PostAsync("/signin", ("account", ConsoleWorld.UsersAccount), ("kind", "user"), ("username", "alice"), ("password", ConsoleWorld.Password));
    }

    private static List<string> History(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "name=\"index\" value=\"\\d\" />\\s*<button type=\"submit\" class=\"link swatch\" style=\"[^\"]*\">([^<]+)<").Select(m => m.Groups[1].Value)];
}
