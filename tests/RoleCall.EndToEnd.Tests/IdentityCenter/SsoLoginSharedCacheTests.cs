using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;
using RoleCall.Credentials.Sso;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// `rolecall sso login` against serve, approved over the device page's form, then the caches it shares with
/// the AWS CLI: the AWS CLI v1 (botocore) reads the token rolecall cached, and the AWS CLI v2 reads rolecall's cached
/// role credentials under botocore's own key even after the portal token is revoked; `sso logout` ends both (issue 13).
/// </summary>
public sealed partial class SsoLoginSharedCacheTests
{
    private const string TargetAccount = "210987654321";

    [Fact]
    public async Task Should_log_in_with_the_device_flow_and_share_token_and_role_caches_with_the_aws_cli()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = [TargetAccount] });
        using var sandbox = new ClientSandbox();
        var endpoint = server.Url.ToString().TrimEnd('/');
        var setup = await ExternalTool.RunAsync("python3", [RepoPaths.Script("identity_center_client.py"), TargetAccount, "setup"],
            sandbox.Environment(server.Credentials, server.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(setup.ExitCode == 0, setup.Stderr);
        var password = JsonDocument.Parse(setup.Stdout).RootElement.GetProperty("password").GetString()!;
        File.WriteAllText(sandbox.ConfigFile, $"""
            [profile dev]
            sso_session = corp
            sso_account_id = {TargetAccount}
            sso_role_name = S3Reader
            region = us-east-1

            [sso-session corp]
            sso_start_url = {endpoint}/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            """);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = sandbox.Directory, ["AWS_CONFIG_FILE"] = sandbox.ConfigFile, ["AWS_SHARED_CREDENTIALS_FILE"] = sandbox.CredentialsFile,
            ["AWS_ENDPOINT_URL"] = endpoint, ["AWS_EC2_METADATA_DISABLED"] = "true", ["PYTHONDONTWRITEBYTECODE"] = "1",
        };

        // Log in with the device flow (an sso-session's default is PKCE, see SsoPkceLoginTests): the command waits
        // while a person approves the code on the device page.
        using var login = new BufferConsole("");
        var running = new CliApplication(CommandCatalog.Default, login, environment, TimeProvider.System).RunAsync(["sso", "login", "--profile", "dev", "--no-browser", "--use-device-code"]);
        var verification = await WaitForAsync(() => VerificationUrl().Match(login.StandardError) is { Success: true } m ? m.Value : null);
        Assert.True(await ApproveAsync(verification, "alice", password, "Correct-Horse-42"));
        Assert.Equal(0, await running);
        Assert.Contains($"Successfully logged into Start URL: {endpoint}/start", login.StandardOutput, StringComparison.Ordinal);

        // rolecall resolves the profile through the portal and caches the role credentials.
        var mine = await RolecallAsync(environment, "sts", "get-caller-identity", "--profile", "dev");
        Assert.True(mine.Code == 0, mine.Error);
        var arn = JsonDocument.Parse(mine.Out).RootElement.GetProperty("Arn").GetString()!;
        Assert.Matches($"^arn:aws:sts::{TargetAccount}:assumed-role/AWSReservedSSO_S3Reader_[0-9a-f]{{16}}/alice$", arn);

        // The role credentials are cached in botocore's SSO form, which the AWS CLI v2's `sso logout` sweeps by ProviderType.
        var entry = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(sandbox.Directory, ".aws", "cli", "cache"), "*.json").Single())).RootElement;
        Assert.Equal("sso", entry.GetProperty("ProviderType").GetString());
        Assert.Equal(TargetAccount, entry.GetProperty("Credentials").GetProperty("AccountId").GetString());

        // The AWS CLI reads rolecall's token cache (here from a fresh role-credential fetch of its own: no cli cache entry for --profile dev2).
        File.AppendAllText(sandbox.ConfigFile, $"[profile dev2]\nsso_session = corp\nsso_account_id = {TargetAccount}\nsso_role_name = S3Reader\nregion = us-east-1\n");
        var theirs = await ExternalTool.RunAsync("aws", ["sts", "get-caller-identity", "--profile", "dev2"], environment, sandbox.Directory, "pip install awscli");
        Assert.True(theirs.ExitCode == 0, theirs.Stderr);
        Assert.Equal(TargetAccount, JsonDocument.Parse(theirs.Stdout).RootElement.GetProperty("Account").GetString());

        // Revoke the portal token behind both tools' backs: the AWS CLI v2 (which caches SSO role credentials in
        // ~/.aws/cli/cache; v1 keeps them in memory) still answers for `dev` from the credentials rolecall cached,
        // which it can only find under botocore's own key. v2 2.9 ignores AWS_ENDPOINT_URL, so STS gets --endpoint-url.
        var token = JsonDocument.Parse(File.ReadAllText(Path.Combine(sandbox.Directory, ".aws", "sso", "cache", SsoTokenCache.KeyFor("corp", "") + ".json")))
            .RootElement.GetProperty("accessToken").GetString()!;
        using (var http = new HttpClient())
        using (var logout = new HttpRequestMessage(HttpMethod.Post, endpoint + "/logout"))
        {
            logout.Headers.Add("x-amz-sso_bearer_token", token);
            Assert.True((await http.SendAsync(logout)).IsSuccessStatusCode);
        }

        var cached = await ExternalTool.RunAsync("/usr/bin/aws", ["sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", endpoint], environment, sandbox.Directory, "apt-get install -y awscli");
        Assert.True(cached.ExitCode == 0, cached.Stderr);
        Assert.Equal(arn, JsonDocument.Parse(cached.Stdout).RootElement.GetProperty("Arn").GetString());

        // sso logout removes the token and the cached role credentials: the next call asks for a login.
        Assert.Equal(0, (await RolecallAsync(environment, "sso", "logout")).Code);
        var after = await RolecallAsync(environment, "sts", "get-caller-identity", "--profile", "dev");
        Assert.Equal(253, after.Code);
        Assert.Contains("rolecall sso login --profile dev", after.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> RolecallAsync(Dictionary<string, string> environment, params string[] args)
    {
        using var console = new BufferConsole("");
        var code = await new CliApplication(CommandCatalog.Default, console, environment, TimeProvider.System).RunAsync(args);
        return (code, console.StandardOutput, console.StandardError);
    }

    private static async Task<string> WaitForAsync(Func<string?> probe)
    {
        for (var i = 0; i < 300; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("rolecall sso login printed no verification URL within 30 s");
    }

    /// <summary>What a person does in the browser: open the page, fill in the form, set a new password, allow.</summary>
    private static async Task<bool> ApproveAsync(string url, string user, string password, string newPassword)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);
        var page = await http.GetStringAsync(new Uri(url));
        var csrf = Regex.Match(page, "name=\"csrf\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var code = Regex.Match(page, "name=\"user_code\" value=\"([A-Z-]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["csrf"] = csrf, ["user_code"] = code, ["username"] = user, ["password"] = password, ["new_password"] = newPassword, ["decision"] = "allow",
        });
        var answer = await http.PostAsync(new Uri(new Uri(url), "/device"), form);
        return (await answer.Content.ReadAsStringAsync()).Contains("Request approved", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://\S+/device\?user_code=[A-Z-]+")]
    private static partial Regex VerificationUrl();
}
