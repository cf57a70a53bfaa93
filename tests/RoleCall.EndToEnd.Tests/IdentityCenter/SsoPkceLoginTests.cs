using System.Text.Json;
using System.Text.RegularExpressions;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Testing;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// Issue 13: `rolecall sso login` on an sso-session uses the authorization-code grant with PKCE, as the AWS CLI v2
/// does since 2.22. The test is the person at the browser: it opens the printed /authorize URL, signs in to serve's
/// portal pages over HTTP, allows (or denies) and follows the redirect to the login's loopback callback. The token
/// and the client registration land where the AWS CLI v2 keeps them, and the AWS CLI v2 (2.9, device flow only)
/// shares both with rolecall in each direction.
/// </summary>
public sealed partial class SsoPkceLoginTests : IAsyncLifetime, IDisposable
{
    private const string TargetAccount = "210987654321";
    private const string NewPassword = "Correct-Horse-42";

    private readonly ClientSandbox _sandbox = new();
    private LocalServer _server = null!;
    private string _password = "";
    private string _endpoint = "";
    private Dictionary<string, string> _environment = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = [TargetAccount] });
        _password = InProcessSetup.Run(_server, TargetAccount);
        _endpoint = _server.Url.ToString().TrimEnd('/');
        File.WriteAllText(_sandbox.ConfigFile, $"""
            [profile dev]
            sso_session = corp
            sso_account_id = {TargetAccount}
            sso_role_name = {InProcessSetup.PermissionSet}
            region = us-east-1

            [sso-session corp]
            sso_start_url = {_endpoint}/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            """);
        _environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = _sandbox.Directory, ["AWS_CONFIG_FILE"] = _sandbox.ConfigFile, ["AWS_SHARED_CREDENTIALS_FILE"] = _sandbox.CredentialsFile,
            ["AWS_ENDPOINT_URL"] = _endpoint, ["AWS_EC2_METADATA_DISABLED"] = "true", ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Should_log_in_with_pkce_through_the_portal_pages_and_cache_token_and_registration_as_the_aws_cli_does()
    {
        using var browser = new PortalBrowser();
        var (login, url) = StartLogin("sso", "login", "--profile", "dev", "--no-browser");
        var page = await browser.AuthorizeAsync(await url, "alice", _password, NewPassword);
        var (code, output, error) = await login;

        Assert.True(code == 0, error);
        Assert.Contains("Browser will not be automatically opened.\nPlease visit the following URL:", error, StringComparison.Ordinal);
        Assert.Equal($"Successfully logged into Start URL: {_endpoint}/start\n", output);
        Assert.Contains("Your credentials have been shared successfully", page.Html, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(await url).Query);
        Assert.Equal(("code", "S256", "sso:account:access"), (query["response_type"], query["code_challenge_method"], query["scopes"]));
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/oauth/callback$", query["redirect_uri"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.StartsWith(query["redirect_uri"] + "?code=", browser.Callback!.ToString(), StringComparison.Ordinal);

        // The token file under sha1("corp"), with what a refresh needs, as botocore writes it.
        var token = ReadCache(Sha1("corp"));
        Assert.Equal(_endpoint + "/start", token.GetProperty("startUrl").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", token.GetProperty("expiresAt").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));

        // The registration file under the AWS CLI v2's own key (its botocore computes it), marked for the auth-code grant.
        var key = await RegistrationKeyByTheAwsCliAsync();
        var registration = ReadCache(key);
        Assert.Equal(token.GetProperty("clientId").GetString(), registration.GetProperty("clientId").GetString());
        Assert.Equal(["authorization_code", "refresh_token"], registration.GetProperty("grantTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["sso:account:access"], registration.GetProperty("scopes").EnumerateArray().Select(e => e.GetString()));

        // rolecall uses the token; the AWS CLI v2 (pointed at serve through AWS_DATA_PATH) uses it too.
        var mine = await RolecallAsync("sts", "get-caller-identity", "--profile", "dev");
        Assert.True(mine.Code == 0, mine.Error);
        var arn = JsonDocument.Parse(mine.Out).RootElement.GetProperty("Arn").GetString()!;
        Assert.Matches($"^arn:aws:sts::{TargetAccount}:assumed-role/AWSReservedSSO_{InProcessSetup.PermissionSet}_[0-9a-f]{{16}}/alice$", arn);
        var v2 = await V2EnvironmentAsync();
        File.AppendAllText(_sandbox.ConfigFile, $"[profile dev2]\nsso_session = corp\nsso_account_id = {TargetAccount}\nsso_role_name = {InProcessSetup.PermissionSet}\nregion = us-east-1\n");
        var theirs = await ExternalTool.RunAsync("/usr/bin/aws", ["sts", "get-caller-identity", "--profile", "dev2", "--endpoint-url", _endpoint], v2, _sandbox.Directory, "apt-get install -y awscli");
        Assert.True(theirs.ExitCode == 0, theirs.Stderr);
        Assert.Equal(arn, JsonDocument.Parse(theirs.Stdout).RootElement.GetProperty("Arn").GetString());

        // The other way: `aws sso login` (2.9: device flow) reuses rolecall's registration and replaces the token; rolecall reads it.
        using (var awsLogin = InteractiveTool.Start("/usr/bin/aws", ["sso", "login", "--profile", "dev", "--no-browser"], v2, "apt-get install -y awscli (the AWS CLI v2 as /usr/bin/aws)"))
        {
            Assert.True(await browser.ApproveDeviceAsync(await awsLogin.WaitForAsync(DeviceUrl()), "alice", NewPassword));
            Assert.Equal(0, await awsLogin.ExitAsync());
        }

        var replaced = ReadCache(Sha1("corp"));
        Assert.NotEqual(token.GetProperty("accessToken").GetString(), replaced.GetProperty("accessToken").GetString());
        Assert.Equal(registration.GetProperty("clientId").GetString(), ReadCache(key).GetProperty("clientId").GetString());
        File.AppendAllText(_sandbox.ConfigFile, $"[profile dev3]\nsso_session = corp\nsso_account_id = {TargetAccount}\nsso_role_name = {InProcessSetup.PermissionSet}\nregion = us-east-1\n");
        var again = await RolecallAsync("sts", "get-caller-identity", "--profile", "dev3");
        Assert.True(again.Code == 0, again.Error);

        // rolecall's device flow does not reuse an auth-code registration (newer botocore's rule): it registers anew.
        var (deviceLogin, deviceUrl) = StartLogin("sso", "login", "--profile", "dev", "--no-browser", "--use-device-code", DeviceUrl());
        Assert.True(await browser.ApproveDeviceAsync(await deviceUrl, "alice", NewPassword));
        Assert.Equal(0, (await deviceLogin).Code);
        Assert.NotEqual(registration.GetProperty("clientId").GetString(), ReadCache(key).GetProperty("clientId").GetString());
        Assert.False(ReadCache(key).TryGetProperty("grantTypes", out _));
    }

    [Fact]
    public async Task Should_refuse_an_answer_whose_state_does_not_match_and_redeem_nothing()
    {
        using var browser = new PortalBrowser();
        var (login, url) = StartLogin("sso", "login", "--profile", "dev", "--no-browser");
        var page = await browser.AuthorizeAsync(await url, "alice", _password, NewPassword, state: "forged-state");
        var (code, _, error) = await login;

        Assert.Equal(253, code);
        Assert.Contains("state parameter does not match expected value", error, StringComparison.Ordinal);
        Assert.Contains("its state does not match), so it was refused", page.Html, StringComparison.Ordinal);
        Assert.False(File.Exists(CachePath(Sha1("corp"))));
    }

    [Fact]
    public async Task Should_fail_clearly_when_access_is_denied_in_the_browser()
    {
        using var browser = new PortalBrowser();
        var (login, url) = StartLogin("sso", "login", "--sso-session", "corp", "--no-browser");
        var page = await browser.AuthorizeAsync(await url, "alice", _password, NewPassword, decision: "deny");
        var (code, _, error) = await login;

        Assert.Equal(253, code);
        Assert.Contains("SSO login failed: access was denied in the browser (access_denied)", error, StringComparison.Ordinal);
        Assert.Contains("choose Allow access", error, StringComparison.Ordinal);
        Assert.Contains("failed with the following error: access_denied", page.Html, StringComparison.Ordinal);
        Assert.False(File.Exists(CachePath(Sha1("corp"))));
    }

    [Fact]
    public async Task Should_configure_sso_with_the_pkce_login_in_between()
    {
        using var browser = new PortalBrowser();
        var answers = $"team\n{_endpoint}/start\nus-east-1\n\nus-west-2\njson\nteamdev\n";
        var (configure, url) = StartAnswered(answers, "configure", "sso", "--no-browser");
        var page = await browser.AuthorizeAsync(await url, "alice", _password, NewPassword);
        var (code, _, error) = await configure;

        Assert.True(code == 0, error);
        Assert.Contains("Your credentials have been shared successfully", page.Html, StringComparison.Ordinal);
        Assert.Contains($"[profile teamdev]\nsso_session = team\nsso_account_id = {TargetAccount}\nsso_role_name = {InProcessSetup.PermissionSet}\nregion = us-west-2\noutput = json\n",
            await File.ReadAllTextAsync(_sandbox.ConfigFile), StringComparison.Ordinal);
        Assert.True(ReadCache(Sha1("team")).TryGetProperty("refreshToken", out _));
        var identity = await RolecallAsync("sts", "get-caller-identity", "--profile", "teamdev");
        Assert.True(identity.Code == 0, identity.Error);
    }

    [Fact]
    public async Task Should_refuse_a_redirect_port_out_of_range_before_anything_starts()
    {
        var (code, _, error) = await RolecallAsync("sso", "login", "--profile", "dev", "--redirect-port", "70000");

        Assert.Equal(253, code);
        Assert.Contains("Invalid value for --redirect-port: '70000'. Value must be an integer between 1 and 65535.", error, StringComparison.Ordinal);
    }

    private (Task<(int Code, string Out, string Error)> Login, Task<string> Url) StartLogin(params object[] argsAndPattern) => StartAnswered("", argsAndPattern);

    /// <summary>Starts a command that prints a URL to open (after <paramref name="stdin"/>'s answers); the URL pattern may be given among the arguments.</summary>
    private (Task<(int Code, string Out, string Error)> Login, Task<string> Url) StartAnswered(string stdin, params object[] argsAndPattern)
    {
        var pattern = argsAndPattern.OfType<Regex>().SingleOrDefault() ?? AuthorizeUrl();
        var console = new BufferConsole(stdin);
        var running = new CliApplication(CommandCatalog.Default, console, _environment, TimeProvider.System).RunAsync([.. argsAndPattern.OfType<string>()]);
        async Task<(int, string, string)> Finish()
        {
            using (console)
            {
                var code = await running;
                return (code, console.StandardOutput, console.StandardError);
            }
        }

        async Task<string> Url()
        {
            for (var i = 0; i < 300 && !running.IsCompleted; i++)
            {
                if (pattern.Match(console.StandardError) is { Success: true } match)
                {
                    return match.Value;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("rolecall sso login printed no URL: " + console.StandardError);
        }

        return (Finish(), Url());
    }

    private async Task<(int Code, string Out, string Error)> RolecallAsync(params string[] args)
    {
        using var console = new BufferConsole("");
        var code = await new CliApplication(CommandCatalog.Default, console, _environment, TimeProvider.System).RunAsync(args);
        return (code, console.StandardOutput, console.StandardError);
    }

    /// <summary>The AWS CLI v2's environment: its SSO calls sent to serve by `rolecall sso cli-v2-data`.</summary>
    private async Task<Dictionary<string, string>> V2EnvironmentAsync()
    {
        var data = await RolecallAsync("sso", "cli-v2-data", _sandbox.PathOf("aws-data"), "--endpoint-url", _endpoint);
        Assert.Equal(0, data.Code);
        return new(_environment, StringComparer.Ordinal) { ["AWS_DATA_PATH"] = _sandbox.PathOf("aws-data") };
    }

    /// <summary>botocore's `_registration_cache_key`, computed by the AWS CLI v2's own copy of it.</summary>
    private async Task<string> RegistrationKeyByTheAwsCliAsync()
    {
        var script = "import sys; from awscli.botocore.utils import SSOTokenFetcher; "
            + "print(SSOTokenFetcher('us-east-1', None)._registration_cache_key(sys.argv[1], 'corp', ['sso:account:access']))";
        var result = await ExternalTool.RunAsync("/usr/bin/python3", ["-c", script, _endpoint + "/start"], _environment, _sandbox.Directory, "apt-get install -y awscli (the AWS CLI v2 as /usr/bin/aws)");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Trim();
    }

    private string CachePath(string key) => Path.Combine(_sandbox.Directory, ".aws", "sso", "cache", key + ".json");

    private JsonElement ReadCache(string key) => JsonDocument.Parse(File.ReadAllText(CachePath(key))).RootElement.Clone();

    /// <summary>The token file's name (the AWS CLI v2 reading the file is the judge of it).</summary>
    private static string Sha1(string sessionName) => RoleCall.Credentials.Sso.SsoTokenCache.KeyFor(sessionName, "");

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/authorize\?\S+")]
    private static partial Regex AuthorizeUrl();

    [GeneratedRegex(@"http://\S+/device\?user_code=[A-Z-]+")]
    private static partial Regex DeviceUrl();
}
