using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 16, item 8: `--debug` prints what botocore's `--debug` prints that a user needs, in its line shape
/// (`2026-12-06 07:15:19,433 - MainThread - logger - DEBUG - message`): the credential source, the endpoint,
/// the request parameters, the status line, the response, and every attempt. The AWS CLI v1 runs the same
/// assume-role against the same server as the judge of what is there; unlike botocore, rolecall never logs a
/// secret (the caller's and the new session's secret key and token, the signature).
/// </summary>
public sealed partial class DebugOutputDifferentialTests
{
    [Fact]
    public async Task Should_log_what_botocore_logs_without_the_secrets()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var root = new TutorialTools(sandbox, server.Url, server.Credentials);
        Assert.Equal(0, (await root.RolecallAsync(["iam", "create-user", "--user-name", "dbg"])).ExitCode);
        Assert.Equal(0, (await root.RolecallAsync(["iam", "attach-user-policy", "--user-name", "dbg", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess"])).ExitCode);
        Assert.Equal(0, (await root.RolecallAsync(["iam", "create-role", "--role-name", "dbg-role", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/dbg"},"Action":"sts:AssumeRole"}]}"""])).ExitCode);
        var key = JsonNode.Parse((await root.RolecallAsync(["iam", "create-access-key", "--user-name", "dbg"])).Stdout)!["AccessKey"]!;
        var user = new TutorialTools(sandbox, server.Url, new(key["AccessKeyId"]!.GetValue<string>(), key["SecretAccessKey"]!.GetValue<string>()));
        string[] args = ["sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/dbg-role", "--role-session-name", "debugged", "--debug"];

        var aws = await user.AwsAsync(args);
        var ours = await user.RolecallAsync(args);
        Assert.Equal((0, 0), (aws.ExitCode, ours.ExitCode));

        var endpoint = server.Url.ToString().TrimEnd('/');
        foreach (var (tool, log) in new[] { ("aws", aws.Stderr), ("rolecall", ours.Stderr) })
        {
            Assert.Contains(endpoint, log, StringComparison.Ordinal);
            Assert.Contains("RoleSessionName", log, StringComparison.Ordinal);
            Assert.Matches($"\"POST / HTTP/1.1\" 200 ", log);
            Assert.Contains("<AssumedRoleId>", log, StringComparison.Ordinal);
            Assert.Contains("x-amzn-RequestId", log, StringComparison.OrdinalIgnoreCase);
            Assert.True(LogLine().IsMatch(log.Split('\n')[0]), $"{tool}: {log.Split('\n')[0]}");
        }

        Assert.Contains("Found credentials", aws.Stderr, StringComparison.Ordinal);
        Assert.Contains("Found credentials", ours.Stderr, StringComparison.Ordinal);
        Assert.All(ours.Stderr.Split('\n').Where(l => LogLine().IsMatch(l)), l => Assert.Contains(" - MainThread - rolecall", l, StringComparison.Ordinal));

        // botocore logs the new session's secret and token; rolecall logs neither, nor the caller's secret or the signature.
        var issued = JsonNode.Parse(ours.Stdout)!["Credentials"]!;
        Assert.Contains(JsonNode.Parse(aws.Stdout)!["Credentials"]!["SecretAccessKey"]!.GetValue<string>(), aws.Stderr, StringComparison.Ordinal);
        foreach (var secret in new[] { issued["SecretAccessKey"]!.GetValue<string>(), issued["SessionToken"]!.GetValue<string>(), key["SecretAccessKey"]!.GetValue<string>() })
        {
            Assert.DoesNotContain(secret, ours.Stderr, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch("Signature=[0-9a-f]{64}", ours.Stderr);

        // Every attempt shows, so retries do.
        var nowhere = new TutorialTools(sandbox, new Uri("http://127.0.0.1:9"), server.Credentials);
        var unreachable = await nowhere.RolecallAsync(["sts", "get-caller-identity", "--debug"]);
        Assert.True(Regex.Count(unreachable.Stderr, "Exception received when sending HTTP request") >= 2, unreachable.Stderr);
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - MainThread - [\w.]+ - (DEBUG|INFO) - ")]
    private static partial Regex LogLine();
}
