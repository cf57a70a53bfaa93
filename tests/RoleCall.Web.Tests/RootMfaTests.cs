using System.Text.RegularExpressions;
using RoleCall.Core.Otp;
using RoleCall.Protocol.Query;
using RoleCall.Web.Services;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>
/// Issue 12: root assigns its MFA device on its Security credentials page (on AWS only the console can), and from
/// then on root's sign-in asks for a code; root's own IAM calls show the device and AccountMFAEnabled.
/// </summary>
public sealed class RootMfaTests : IAsyncLifetime
{
    private ConsoleWorld world = null!;

    public async Task InitializeAsync() => world = await ConsoleWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Should_assign_root_mfa_in_the_console_and_then_ask_root_for_a_code()
    {
        using var browser = new ConsoleClient(world.Url);
        Assert.Equal("/console", (await SignInAsRootAsync(browser)).Location);
        Assert.Equal("0", Summary("AccountMFAEnabled"));

        await browser.GetAsync("/console/security-credentials");
        var dialog = await browser.PostAsync("/console/security-credentials", ("op", "assign-mfa"), ("devicename", "root-account-mfa-device"));
        var seed = Base32.Decode(Regex.Match(dialog.Html, "data-testid=\"mfa-secret\">([^<]+)<").Groups[1].Value)!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        var wrong = await browser.PostAsync("/console/security-credentials", ("op", "enable-mfa"), ("code1", "000000"), ("code2", "000000"));
        var enabled = await browser.PostAsync("/console/security-credentials", ("op", "enable-mfa"), ("code1", Totp.Code(seed, step - 1)), ("code2", Totp.Code(seed, step)));

        const string Serial = "arn:aws:iam::123456789012:mfa/root-account-mfa-device";
        Assert.Contains("Authentication code for device is not valid", wrong.Html, StringComparison.Ordinal);
        Assert.Contains($"MFA device {Serial} is assigned.", enabled.Html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"mfa-arn\">{Serial}<", enabled.Html, StringComparison.Ordinal);
        Assert.Equal("1", Summary("AccountMFAEnabled"));
        var listed = AsRoot("ListMFADevices").Members("MFADevices").Single();
        Assert.Equal(Serial, listed.Text("SerialNumber"));
        Assert.Null(listed.Text("UserName"));
        var virtualDevice = AsRoot("ListVirtualMFADevices").Members("VirtualMFADevices").Single();
        Assert.Equal("arn:aws:iam::123456789012:root", virtualDevice.Text("User", "Arn"));

        // Signed out, root's password alone no longer signs in: the code does, once.
        await browser.PostAsync("/signin/signout");
        var password = await SignInAsRootAsync(browser);
        await browser.GetAsync("/signin/mfa");
        var badCode = await browser.PostAsync("/signin/mfa", ("code", Totp.Code(seed, step - 1)));
        var signedIn = await browser.PostAsync("/signin/mfa", ("code", ConsoleWorld.NextCode(seed)));
        var home = await browser.GetAsync("/console");

        Assert.Equal("/signin/mfa", password.Location);
        Assert.Contains("The MFA code is not valid or was already used", badCode.Html, StringComparison.Ordinal);
        Assert.Equal("/console", signedIn.Location);
        Assert.Contains("root @ 123456789012", home.Html, StringComparison.Ordinal);
        Assert.Contains("arn:aws:iam::123456789012:root</code> with MFA", home.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_root_mfa_assignment_by_anyone_but_root()
    {
        world.CreateUser("alice", Policies.AssumeAndSelfManage);
        var device = (ResultStruct)world.Call(ConsoleWorld.UsersAccount, "CreateVirtualMFADevice", ("VirtualMFADeviceName", "stolen"))!.Children.Single();
        var alice = world.Server.Iam.Runtime.Store.FindEntity(ConsoleWorld.UsersAccount, Iam.Model.EntityKind.User, "alice")!;
        var caller = new Iam.Model.Caller(Iam.Model.PrincipalKind.User, ConsoleWorld.UsersAccount, alice.Arn, alice.Id, "console");

        var error = Assert.Throws<Core.Errors.AwsServiceException>(() =>
            world.Server.Iam.SignIn.EnableRootMfa(caller, device.Text("SerialNumber")!, "123456", "654321"));

        Assert.Equal("AccessDenied", error.Code);
        Assert.Equal("0", Summary("AccountMFAEnabled"));
    }

    private static async Task<Page> SignInAsRootAsync(ConsoleClient browser)
    {
        await browser.GetAsync("/signin");
        return await browser.PostAsync("/signin", ("account", ConsoleWorld.UsersAccount), ("kind", "root"), ("password", ConsoleWorld.RootPassword));
    }

    private ResultStruct AsRoot(string action) => world.Call(ConsoleWorld.UsersAccount, action)!;

    private string? Summary(string key) =>
        ((ResultStruct)AsRoot("GetAccountSummary").Node("SummaryMap")!).Children.OfType<ResultStruct>().Single(e => e.Text("key") == key).Text("value");
}
