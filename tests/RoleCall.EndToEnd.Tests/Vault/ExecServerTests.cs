using System.Net;
using System.Text.Json.Nodes;
using RoleCall.Cli.Hosting;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14: `rolecall exec PROFILE --server` serves the container-credentials protocol to its child and
/// refreshes the role session before it expires. rolecall runs in-process on serve's dev clock; the children
/// (boto3 and the AWS CLI) move that clock across the first session's expiry and keep working.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ExecServerTests
{
    [Fact]
    public async Task Should_keep_a_long_running_boto3_process_working_across_two_session_expiries()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), DevClock = true });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var output = Path.Combine(sandbox.Home, "boto3.out");

        // 3000 s later a one-hour session has 10 minutes left: botocore asks again and rolecall fetches a new one.
        var code = Exec(sandbox, server, "sh", "-c", $"python3 '{Script()}' {server.Url.ToString().TrimEnd('/')} 3000 3000 > '{output}' 2> '{output}.err' || {{ cat '{output}.err' >&2; exit 1; }}");

        Assert.Equal(0, code);
        var calls = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.StartsWith("arn:aws:sts::123456789012:assumed-role/worker/", c["arn"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(3, calls.Select(c => c["key"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Should_serve_the_aws_cli_before_and_after_an_expiry()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), DevClock = true });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var output = Path.Combine(sandbox.Home, "aws.out");
        var url = server.Url.ToString().TrimEnd('/');
        var advance = $"python3 -c \"import urllib.request; urllib.request.urlopen(urllib.request.Request('{url}/_rolecall/clock', data=b'{{\\\"advanceSeconds\\\": 3700}}', method='POST', headers={{'Content-Type': 'application/json'}}))\"";

        var code = Exec(sandbox, server, "sh", "-c", $"aws sts get-caller-identity --query Arn --output text > '{output}' && {advance} && /usr/bin/aws sts get-caller-identity --endpoint-url {url} --query Arn --output text >> '{output}'");

        Assert.Equal(0, code);
        var arns = File.ReadAllLines(output);
        Assert.Equal(2, arns.Length);
        Assert.All(arns, a => Assert.StartsWith("arn:aws:sts::123456789012:assumed-role/worker/", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_403_to_a_wrong_or_missing_token_and_to_another_user_with_the_right_one()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var output = Path.Combine(sandbox.Home, "curl.out");
        const string Probe = "import os, sys, urllib.request, urllib.error\n"
            + "def get(token):\n"
            + "    request = urllib.request.Request(os.environ['AWS_CONTAINER_CREDENTIALS_FULL_URI'], headers={} if token is None else {'Authorization': token})\n"
            + "    try:\n        return urllib.request.urlopen(request).status\n"
            + "    except urllib.error.HTTPError as e:\n        return e.code\n"
            + "print(get(None), get('wrong'), get(os.environ['AWS_CONTAINER_AUTHORIZATION_TOKEN']), os.environ['AWS_CONTAINER_CREDENTIALS_FULL_URI'].startswith('http://127.0.0.1:'), 'AWS_ACCESS_KEY_ID' in os.environ)\n";

        // The same request with the right token from uid 65534 (nobody, through setpriv; the tests run as root).
        const string Other = "import os, urllib.request, urllib.error\n"
            + "request = urllib.request.Request(os.environ['AWS_CONTAINER_CREDENTIALS_FULL_URI'], headers={'Authorization': os.environ['AWS_CONTAINER_AUTHORIZATION_TOKEN']})\n"
            + "try:\n    print(urllib.request.urlopen(request).status)\n"
            + "except urllib.error.HTTPError as e:\n    print(e.code, e.read().decode())\n";
        var nobody = $"setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 -c \"$OTHER\" >> '{output}'";

        var code = Exec(sandbox, server, "sh", "-c", $"python3 -c \"$PROBE\" > '{output}' && {nobody}", ("PROBE", Probe), ("OTHER", Other));

        Assert.Equal(0, code);
        Assert.Equal(
            [$"{(int)HttpStatusCode.Forbidden} {(int)HttpStatusCode.Forbidden} 200 True False", """403 {"message": "the client runs as another user"}"""],
            File.ReadAllLines(output));
    }

    /// <summary>`rolecall exec worker --server -- COMMAND` in-process on serve's clock; the child inherits the test's stdio.</summary>
    private static int Exec(VaultSandbox sandbox, LocalServer server, string program, string arguments, string script, params (string Name, string Value)[] extra)
    {
        File.AppendAllText(Path.Combine(sandbox.Home, ".aws", "config"), "[profile worker]\nrole_arn = arn:aws:iam::123456789012:role/worker\nsource_profile = user102\nregion = us-east-1\n");
        var environment = new Dictionary<string, string>(sandbox.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        using var console = new BufferConsole(string.Empty);
        var code = new CliApplication(CommandCatalog.Default, console, environment, server.Clock)
            .RunAsync(["exec", "worker", "--server", "--", program, arguments, script]).GetAwaiter().GetResult();
        Assert.True(code == 0, console.StandardError + string.Concat(Directory.EnumerateFiles(sandbox.Home, "*.err").Select(File.ReadAllText)));
        return code;
    }

    private static string Script() => Path.Combine(RepoPaths.Root, "tests", "RoleCall.EndToEnd.Tests", "Vault", "Scripts", "long_running_boto3.py");
}
