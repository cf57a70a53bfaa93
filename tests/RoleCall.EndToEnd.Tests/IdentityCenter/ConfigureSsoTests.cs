using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Cli.Hosting;
using RoleCall.Credentials.Sso;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Testing;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// Issue 13: `rolecall configure sso` answered through stdin, with the device code approved on serve's device
/// page, writes byte for byte the config file the AWS CLI v2 (`/usr/bin/aws configure sso`, pointed at serve
/// through the AWS_DATA_PATH endpoint rulesets `rolecall sso cli-v2-data` writes) writes for the same answers; both profiles then work.
/// </summary>
public sealed partial class ConfigureSsoTests
{
    private const string TargetAccount = "210987654321";
    private const string NewPassword = "Correct-Horse-42";

    [Fact]
    public async Task Should_write_the_same_profile_and_sso_session_as_the_aws_cli_v2()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = [TargetAccount] });
        var endpoint = server.Url.ToString().TrimEnd('/');
        string password;
        using (var admin = new ClientSandbox())
        {
            var setup = await ExternalTool.RunAsync("python3", [RepoPaths.Script("identity_center_client.py"), TargetAccount, "setup"],
                admin.Environment(server.Credentials, server.Url), admin.Directory, "install python3 with boto3: pip install boto3");
            Assert.True(setup.ExitCode == 0, setup.Stderr);
            password = JsonDocument.Parse(setup.Stdout).RootElement.GetProperty("password").GetString()!;
        }

        var expected = $"""
            [profile dev]
            sso_session = corp
            sso_account_id = {TargetAccount}
            sso_role_name = S3Reader
            region = us-west-2
            output = json
            [sso-session corp]
            sso_start_url = {endpoint}/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            """.Replace("\r", "", StringComparison.Ordinal);
        var questions = $"corp\n{endpoint}/start\nus-east-1\n\n";
        const string profileAnswers = "us-west-2\njson\ndev\n";

        // rolecall: all answers on stdin at once; it reads the rest after the device login (the AWS CLI v2 2.9 knows
        // only the device flow; rolecall's default PKCE login is SsoPkceLoginTests').
        using var mine = new ClientSandbox();
        var environment = Environment(mine);
        environment["AWS_ENDPOINT_URL_SSO"] = environment["AWS_ENDPOINT_URL_SSO_OIDC"] = endpoint;
        using var console = new BufferConsole(questions + profileAnswers);
        var running = new CliApplication(CommandCatalog.Default, console, environment, TimeProvider.System).RunAsync(["configure", "sso", "--no-browser", "--use-device-code"]);
        var verification = await WaitForAsync(() => VerificationUrl().Match(console.StandardError) is { Success: true } m ? m.Value : null);
        Assert.True(await ApproveAsync(verification, password, NewPassword));
        Assert.True(await running == 0, console.StandardError);
        Assert.Equal(expected, await File.ReadAllTextAsync(mine.ConfigFile));
        Assert.Contains($"The only AWS account available to you is: {TargetAccount}\nUsing the account ID {TargetAccount}\nThe only role available to you is: S3Reader\nUsing the role name \"S3Reader\"",
            console.StandardError, StringComparison.Ordinal);
        var identity = await RolecallAsync(environment, "sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", endpoint);
        Assert.True(identity.Code == 0, identity.Error);
        Assert.Matches($"assumed-role/AWSReservedSSO_S3Reader_[0-9a-f]{{16}}/alice", identity.Out);
        await AssertProfileCommandsWorkAsync(environment, endpoint, mine);

        // The AWS CLI v2, the same answers: the questions, then the approval, then the profile's answers.
        using var theirs = new ClientSandbox();
        var v2Environment = Environment(theirs);
        var dataPath = await RolecallAsync(v2Environment, "sso", "cli-v2-data", theirs.PathOf("aws-data"), "--endpoint-url", endpoint);
        Assert.Equal((0, $"export AWS_DATA_PATH='{theirs.PathOf("aws-data")}'\n"), (dataPath.Code, dataPath.Out));
        v2Environment["AWS_DATA_PATH"] = theirs.PathOf("aws-data");
        using var v2 = InteractiveTool.Start("/usr/bin/aws", ["configure", "sso", "--no-browser"], v2Environment, "apt-get install -y awscli (the AWS CLI v2 as /usr/bin/aws)");
        await v2.WriteAsync(questions);
        Assert.True(await ApproveAsync(await v2.WaitForAsync(VerificationUrl()), NewPassword, ""));
        await v2.WaitForAsync(AccountChosen());
        await v2.WriteAsync(profileAnswers);
        Assert.True(await v2.ExitAsync() == 0, v2.Transcript);
        Assert.Equal(await File.ReadAllTextAsync(theirs.ConfigFile), await File.ReadAllTextAsync(mine.ConfigFile));

        // Both tools cache the session's token under the same key (sha1 of the session name).
        Assert.Contains(Path.GetFileName(SsoCacheFile(mine)), Directory.GetFiles(Path.Combine(theirs.Directory, ".aws", "sso", "cache")).Select(Path.GetFileName));

        // The AWS CLI v2's profile works through serve's portal too (STS through --endpoint-url: v2 2.9 ignores AWS_ENDPOINT_URL).
        var v2Identity = await ExternalTool.RunAsync("/usr/bin/aws", ["sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", endpoint], v2Environment, theirs.Directory, "apt-get install -y awscli");
        Assert.True(v2Identity.ExitCode == 0, v2Identity.Stderr);
        Assert.Equal(TargetAccount, JsonDocument.Parse(v2Identity.Stdout).RootElement.GetProperty("Account").GetString());
        await AssertV2LoginIsSharedAsync(v2Environment, theirs, endpoint);
    }

    /// <summary>
    /// `aws sso logout` and `aws sso login` (AWS CLI v2, device flow, against serve), then rolecall resolves the
    /// profile from the token the AWS CLI v2 cached: the token cache is shared in that direction too.
    /// </summary>
    private static async Task AssertV2LoginIsSharedAsync(Dictionary<string, string> v2Environment, ClientSandbox theirs, string endpoint)
    {
        var logout = await ExternalTool.RunAsync("/usr/bin/aws", ["sso", "logout"], v2Environment, theirs.Directory, "apt-get install -y awscli");
        Assert.True(logout.ExitCode == 0, logout.Stderr);
        using (var login = InteractiveTool.Start("/usr/bin/aws", ["sso", "login", "--profile", "dev", "--no-browser"], v2Environment, "apt-get install -y awscli"))
        {
            Assert.True(await ApproveAsync(await login.WaitForAsync(VerificationUrl()), NewPassword, ""));
            Assert.True(await login.ExitAsync() == 0, login.Transcript);
            Assert.Contains($"Successfully logged into Start URL: {endpoint}/start", login.Transcript, StringComparison.Ordinal);
        }

        // `aws sso logout` swept the role credentials it had cached: what rolecall finds is the AWS CLI v2's token.
        var roleCache = Path.Combine(theirs.Directory, ".aws", "cli", "cache");
        Assert.Empty(Directory.Exists(roleCache) ? Directory.GetFiles(roleCache) : []);
        var environment = new Dictionary<string, string>(v2Environment) { ["AWS_ENDPOINT_URL_SSO"] = endpoint, ["AWS_ENDPOINT_URL_SSO_OIDC"] = endpoint };
        var mine = await RolecallAsync(environment, "sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", endpoint);
        Assert.True(mine.Code == 0, mine.Error);
        Assert.Matches("assumed-role/AWSReservedSSO_S3Reader_[0-9a-f]{16}/alice", mine.Out);
    }

    /// <summary>The commands that hand an SSO profile's credentials on: env, exec, configure export-credentials, console.</summary>
    private static async Task AssertProfileCommandsWorkAsync(Dictionary<string, string> environment, string endpoint, ClientSandbox sandbox)
    {
        var exported = await RolecallAsync(environment, "env", "dev");
        Assert.True(exported.Code == 0, exported.Error);
        Assert.Matches("export AWS_ACCESS_KEY_ID='?ASIA", exported.Out);
        var process = await RolecallAsync(environment, "configure", "export-credentials", "--profile", "dev", "--format", "process");
        Assert.Equal(1, JsonDocument.Parse(process.Out).RootElement.GetProperty("Version").GetInt32());

        var arnFile = sandbox.PathOf("exec-arn.txt");
        var exec = await RolecallAsync(environment, "exec", "dev", "--", "sh", "-c", $"aws sts get-caller-identity --endpoint-url {endpoint} --query Arn --output text > {arnFile}");
        Assert.True(exec.Code == 0, exec.Error);
        Assert.Matches("assumed-role/AWSReservedSSO_S3Reader_[0-9a-f]{16}/alice", await File.ReadAllTextAsync(arnFile));

        var console = await RolecallAsync(environment, "console", "dev", "--print-url", "--endpoint-url", endpoint);
        Assert.True(console.Code == 0, console.Error);
        Assert.StartsWith(endpoint + "/federation?Action=login&", console.Out.Trim(), StringComparison.Ordinal);
        Assert.Contains("SigninToken=", console.Out, StringComparison.Ordinal);
    }

    private static string SsoCacheFile(ClientSandbox sandbox) =>
        Directory.GetFiles(Path.Combine(sandbox.Directory, ".aws", "sso", "cache")).Single(f => Path.GetFileName(f) == SsoTokenCache.KeyFor("corp", "") + ".json");

    private static Dictionary<string, string> Environment(ClientSandbox sandbox) => new(StringComparer.Ordinal)
    {
        ["HOME"] = sandbox.Directory, ["AWS_CONFIG_FILE"] = sandbox.ConfigFile, ["AWS_SHARED_CREDENTIALS_FILE"] = sandbox.CredentialsFile,
        ["AWS_EC2_METADATA_DISABLED"] = "true", ["PYTHONDONTWRITEBYTECODE"] = "1",
    };

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

        throw new TimeoutException("no verification URL within 30 s");
    }

    /// <summary>The device page as a person uses it: sign in (changing a one-time password when asked), allow.</summary>
    private static async Task<bool> ApproveAsync(string url, string password, string newPassword)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);
        var page = await http.GetStringAsync(new Uri(url));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["csrf"] = Regex.Match(page, "name=\"csrf\" value=\"([0-9a-f]+)\"").Groups[1].Value,
            ["user_code"] = Regex.Match(page, "name=\"user_code\" value=\"([A-Z-]+)\"").Groups[1].Value,
            ["username"] = "alice", ["password"] = password, ["new_password"] = newPassword, ["decision"] = "allow",
        });
        var answer = await http.PostAsync(new Uri(new Uri(url), "/device"), form);
        return (await answer.Content.ReadAsStringAsync()).Contains("Request approved", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://\S+/device\?user_code=[A-Z-]+")]
    private static partial Regex VerificationUrl();

    [GeneratedRegex("Using the role name")]
    private static partial Regex AccountChosen();
}
