using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleCall.Core.Otp;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests;

/// <summary>
/// Issue 13: MFA for identity-store users: a device registered in the portal (or at sign-in when the
/// administrator requires one, through RoleCall's UpdateMfaSettings) is then asked for after the password, at
/// the portal and on the device page.
/// </summary>
public sealed partial class PortalMfaTests : IAsyncLifetime
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
    public async Task Should_ask_for_the_registered_devices_code_at_the_portal_and_on_the_device_page()
    {
        using var browser = new ConsoleClient(world.Url);
        await SignInAsync(browser);
        var seed = await RegisterAsync(browser, "/start/mfa-device");
        await browser.PostAsync("/start/signout");

        var password = await browser.PostAsync("/start/signin", ("username", "alice"), ("password", NewPassword));
        await browser.GetAsync("/start/mfa");
        var wrong = await browser.PostAsync("/start/mfa", ("code", "000000"));
        var right = await browser.PostAsync("/start/mfa", ("code", Totp.Code(seed, Totp.StepAt(DateTimeOffset.UtcNow) + 1)));

        Assert.Equal("/start/mfa", password.Location);
        Assert.Equal(401, wrong.Status);
        Assert.Equal("/start", right.Location);
        Assert.Contains("AWS accounts (1)", (await browser.GetAsync("/start")).Html, StringComparison.Ordinal);

        // The device page wants the code too (the codes in the drift window are used up: the next test approves with one).
        var (withoutCode, _) = await ApproveDeviceAsync(null);
        Assert.Equal(401, withoutCode.Status);
        Assert.Contains("Enter the current code of your MFA device", withoutCode.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_make_users_register_a_device_at_sign_in_when_the_administrator_requires_mfa()
    {
        var setting = portal.Call("SWBExternalService.UpdateMfaSettings", new JsonObject { ["InstanceArn"] = portal.Instance, ["MfaRequired"] = true });
        using var browser = new ConsoleClient(world.Url);

        var changed = await SignInAsync(browser);
        var page = await browser.GetAsync("/start");
        var (refused, _) = await ApproveDeviceAsync(null);
        var seed = await RegisterAsync(browser, "/start/mfa-register");
        var (_, approved) = await ApproveDeviceAsync(Totp.Code(seed, Totp.StepAt(DateTimeOffset.UtcNow) + 1));

        Assert.True(setting["MfaRequired"]!.GetValue<bool>());
        Assert.Equal("/start/mfa-register", changed.Location);
        Assert.Contains("<h1>Sign in</h1>", page.Html, StringComparison.Ordinal);
        Assert.Equal(403, refused.Status);
        Assert.Contains("Request approved", approved.Html, StringComparison.Ordinal);
        Assert.Contains("AWS accounts (1)", (await browser.GetAsync("/start")).Html, StringComparison.Ordinal);
    }

    /// <summary>Signs in with the one-time password and sets the new one; returns the answer to the new password.</summary>
    private async Task<Page> SignInAsync(ConsoleClient browser)
    {
        await browser.GetAsync("/start");
        await browser.PostAsync("/start/signin", ("username", "alice"), ("password", portal.FirstPassword));
        await browser.GetAsync("/start/password");
        return await browser.PostAsync("/start/password", ("newpassword", NewPassword), ("confirmpassword", NewPassword));
    }

    /// <summary>Reads the secret from the registration page, answers with two consecutive codes; returns the seed.</summary>
    private static async Task<byte[]> RegisterAsync(ConsoleClient browser, string path)
    {
        var page = await browser.GetAsync(path);
        Assert.Contains("alt=\"QR code of the MFA device\"", page.Html, StringComparison.Ordinal);
        var seed = Base32.Decode(Secret().Match(page.Html).Groups[1].Value)!;
        var step = Totp.StepAt(DateTimeOffset.UtcNow);
        var wrong = await browser.PostAsync(path, ("code1", Totp.Code(seed, step)), ("code2", Totp.Code(seed, step - 1)));
        var registered = await browser.PostAsync(path, ("code1", Totp.Code(seed, step - 1)), ("code2", Totp.Code(seed, step)));
        Assert.Equal(400, wrong.Status);
        Assert.Equal("/start", registered.Location);
        return seed;
    }

    /// <summary>A device authorization approved on the device page without, then with, an MFA code.</summary>
    private async Task<(Page WithoutCode, Page WithCode)> ApproveDeviceAsync(string? code)
    {
        using var api = new HttpClient { BaseAddress = world.Url };
        var client = await (await api.PostAsJsonAsync("/client/register", new { clientName = "t", clientType = "public" })).Content.ReadFromJsonAsync<JsonObject>();
        var device = await (await api.PostAsJsonAsync("/device_authorization", new
        {
            clientId = client!["clientId"]!.GetValue<string>(), clientSecret = client["clientSecret"]!.GetValue<string>(), startUrl = world.Url + "start",
        })).Content.ReadFromJsonAsync<JsonObject>();
        using var browser = new ConsoleClient(world.Url);
        var form = await browser.GetAsync(new Uri(device!["verificationUriComplete"]!.GetValue<string>()).PathAndQuery);
        var csrf = DeviceCsrf().Match(form.Html).Groups[1].Value;
        var userCode = device["userCode"]!.GetValue<string>();
        (string, string)[] Fields(string token) => [("csrf", token), ("user_code", userCode), ("username", "alice"), ("password", NewPassword), ("decision", "allow")];
        var without = await browser.PostAsync("/device", false, Fields(csrf));

        // Each answer carries a fresh anti-forgery token, as a person's next submit would.
        var with = code is null ? without : await browser.PostAsync("/device", false, [.. Fields(DeviceCsrf().Match(without.Html).Groups[1].Value), ("mfa_code", code)]);
        return (without, with);
    }

    [GeneratedRegex("data-testid=\"mfa-secret\">([A-Z2-7]+)<")]
    private static partial Regex Secret();

    [GeneratedRegex("name=\"csrf\" value=\"([0-9a-f]+)\"")]
    private static partial Regex DeviceCsrf();
}
