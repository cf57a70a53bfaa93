using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 16, item 5: timestamps print as the AWS CLI v2 prints them by default (`2026-12-06T05:55:25+00:00`),
/// in json, text, table and yaml, judged by the AWS CLI v2 reading the same entities from one in-process
/// `rolecall serve` with no `cli_timestamp_format` set; a profile's `cli_timestamp_format = wire` prints them
/// as sent (`...Z`), as the AWS CLI v1 does by default. Stdout and exit codes must be identical.
/// </summary>
public sealed class TimestampDifferentialTests
{
    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    [Fact]
    public async Task Should_print_timestamps_as_the_aws_cli_v2_does_and_as_sent_with_cli_timestamp_format_wire()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        File.WriteAllText(sandbox.ConfigFile, $"""
            [profile wire]
            cli_timestamp_format = wire
            region = us-east-1
            aws_access_key_id = {server.Credentials.AccessKeyId}
            aws_secret_access_key = {server.Credentials.SecretAccessKey}

            """);
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        foreach (var setup in new[]
        {
            new[] { "iam", "create-user", "--user-name", "ts-user" },
            ["iam", "create-access-key", "--user-name", "ts-user"],
            ["iam", "create-role", "--role-name", "ts-role", "--assume-role-policy-document", Trust],
        })
        {
            var created = await tools.RolecallAsync(setup);
            Assert.True(created.ExitCode == 0, created.Stderr);
        }

        var failures = new List<string>();
        foreach (var output in new[] { "json", "text", "table", "yaml" })
        {
            string[] getUser = ["iam", "get-user", "--user-name", "ts-user", "--output", output];
            Compare("aws v2", await tools.AwsV2Async(getUser), await tools.RolecallAsync(getUser), getUser, failures);
            string[] keys = ["iam", "list-access-keys", "--user-name", "ts-user", "--query", "AccessKeyMetadata[].CreateDate", "--output", output];
            Compare("aws v2", await tools.AwsV2Async(keys), await tools.RolecallAsync(keys), keys, failures);
            string[] role = ["iam", "get-role", "--role-name", "ts-role", "--output", output];
            Compare("aws v2", await tools.AwsV2Async(role), await tools.RolecallAsync(role), role, failures);
            string[] wire = ["iam", "get-role", "--role-name", "ts-role", "--profile", "wire", "--output", output];
            Compare("aws v2", await tools.AwsV2Async(wire), await tools.RolecallAsync(wire), wire, failures);
        }

        // The AWS CLI v1's default is the wire form, which the `wire` profile gives rolecall.
        string[] v1 = ["iam", "get-user", "--user-name", "ts-user"];
        Compare("aws v1", await tools.AwsAsync(v1), await tools.RolecallAsync([.. v1, "--profile", "wire"]), v1, failures);

        // STS too: a new session each time, so only the expiration's form is compared.
        string[] session = ["sts", "get-session-token", "--query", "Credentials.Expiration", "--output", "text"];
        var expirations = new[] { (await tools.AwsV2Async(session)).Stdout, (await tools.RolecallAsync(session)).Stdout };
        Assert.All(expirations, e => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00\n$", e));

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Contains("+00:00", (await tools.RolecallAsync(["iam", "get-user", "--user-name", "ts-user"])).Stdout, StringComparison.Ordinal);
    }

    private static void Compare(string judge, ToolRun want, ToolRun got, string[] args, List<string> failures)
    {
        if ((want.ExitCode, want.Stdout) != (got.ExitCode, got.Stdout))
        {
            failures.Add($"{string.Join(' ', args)}: {judge} vs rolecall\n--- {judge} (exit {want.ExitCode})\n{want.Stdout}{want.Stderr}\n--- rolecall (exit {got.ExitCode})\n{got.Stdout}{got.Stderr}");
        }
    }
}
