using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 7, "Verify it as a user would": the IAM tutorial runs twice against one in-process `rolecall serve`,
/// once with the AWS CLI v1 and once with `rolecall iam`, in json, text and table (v1 has no yaml), with
/// several --query expressions. Stdout must be identical (IDs, keys and dates masked; names differ by one
/// letter of the same length) and exit codes identical once v1's codes are read as v2's (255 → 254, 2 → 252).
/// </summary>
public sealed class IamCliDifferentialTests
{
    private const string Policy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"], "Resource": "*"}]}
        """;

    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    private const string S3ReadOnly = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

    [Fact]
    public async Task Should_print_what_the_aws_cli_prints_for_every_step_of_the_iam_tutorial()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        File.WriteAllText(sandbox.PathOf("policy.json"), Policy);
        File.WriteAllText(sandbox.PathOf("trust.json"), Trust);
        // The AWS CLI v1 prints timestamps as the AWS CLI v2 does, rolecall's default (issue 16, item 5).
        File.WriteAllText(sandbox.ConfigFile, "[default]\ncli_timestamp_format = iso8601\n");
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);

        // Each tool creates its own entities (tag A for aws, R for rolecall): the same steps, the same formats.
        var aws = await MutateAsync(tools.AwsAsync, "A", sandbox);
        var rolecall = await MutateAsync(tools.RolecallAsync, "R", sandbox);
        AssertSameRuns(aws, rolecall);

        // Then both tools read the same entities: nothing to mask but IDs printed from the server's state.
        AssertSameRuns(await ReadAsync(tools.AwsAsync), await ReadAsync(tools.RolecallAsync));
    }

    private static async Task<List<Step>> MutateAsync(Func<string[], Task<ToolRun>> tool, string tag, ClientSandbox sandbox)
    {
        var steps = new List<Step>();
        async Task<ToolRun> Run(string format, params string[] args)
        {
            var run = (await tool(["iam", .. args, "--output", format])).Masked(tag);
            steps.Add(new Step($"{string.Join(' ', args)} --output {format}", run));
            return run;
        }

        var policyFile = "file://" + sandbox.PathOf("policy.json");
        var trustFile = "file://" + sandbox.PathOf("trust.json");
        foreach (var format in new[] { "json", "text", "table" })
        {
            var f = format[..2];
            await Run(format, "create-user", "--user-name", $"Bob{tag}{f}");
            await Run(format, "create-policy", "--policy-name", $"pol{tag}{f}", "--policy-document", policyFile);
            await Run(format, "attach-user-policy", "--user-name", $"Bob{tag}{f}", "--policy-arn", $"arn:aws:iam::123456789012:policy/pol{tag}{f}");
            await Run(format, "list-attached-user-policies", "--user-name", $"Bob{tag}{f}");
            await Run(format, "create-role", "--role-name", $"role{tag}{f}", "--assume-role-policy-document", trustFile);
            await Run(format, "attach-role-policy", "--role-name", $"role{tag}{f}", "--policy-arn", S3ReadOnly);
            await Run(format, "create-access-key", "--user-name", $"Bob{tag}{f}");
            await Run(format, "list-roles", "--query", $"Roles[?RoleName == 'role{tag}{f}'].[RoleName, Arn]");
            await Run(format, "get-role", "--role-name", $"role{tag}{f}");
            await Run(format, "create-virtual-mfa-device", "--virtual-mfa-device-name", $"mfa{tag}{f}",
                "--outfile", sandbox.PathOf($"seed{tag}{f}"), "--bootstrap-method", "Base32StringSeed");
            await Run(format, "get-user", "--user-name", $"nobody{tag}{f}");
        }

        // enable-mfa-device with codes from `rolecall mfa code` (both runs: the AWS CLI has no TOTP generator).
        var serial = $"arn:aws:iam::123456789012:mfa/mfa{tag}js";
        var enabled = await EnableMfaAsync(tool, tag, sandbox.PathOf($"seed{tag}js"), serial);
        steps.Add(new Step("enable-mfa-device", enabled));
        await Run("json", "list-mfa-devices", "--user-name", $"Bob{tag}js", "--query", "MFADevices[].SerialNumber");
        await Run("json", "create-user");
        await Run("text", "get-role", "--role-name", $"role{tag}js", "--query", "Role.AssumeRolePolicyDocument.Statement[0].Principal");
        return steps;
    }

    /// <summary>Two consecutive codes; retried once if a 30-second step boundary fell between the two `mfa code` calls.</summary>
    private static async Task<ToolRun> EnableMfaAsync(Func<string[], Task<ToolRun>> tool, string tag, string seedFile, string serial)
    {
        ToolRun run = default!;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var code1 = TutorialTools.Rolecall(["mfa", "code", "--seed-file", seedFile]).Stdout.Trim();
            var code2 = TutorialTools.Rolecall(["mfa", "code", "--seed-file", seedFile, "--next"]).Stdout.Trim();
            Assert.Matches("^[0-9]{6}$", code1);
            run = (await tool(["iam", "enable-mfa-device", "--user-name", $"Bob{tag}js", "--serial-number", serial,
                "--authentication-code1", code1, "--authentication-code2", code2])).Masked(tag);
            if (run.ExitCode == 0)
            {
                break;
            }
        }

        return run;
    }

    private static async Task<List<Step>> ReadAsync(Func<string[], Task<ToolRun>> tool)
    {
        string[][] commands =
        [
            ["get-account-summary", "--output", "json"],
            ["get-account-summary", "--output", "table"],
            ["get-account-summary", "--query", "SummaryMap.[Users, Roles, Policies, MFADevicesInUse]", "--output", "text"],
            ["list-users", "--query", "Users[].UserName", "--output", "json"],
            ["list-users", "--query", "Users[?starts_with(UserName, 'BobA')].{Name: UserName, Arn: Arn}", "--output", "table"],
            ["list-roles", "--query", "sort_by(Roles, &RoleName)[].[RoleName, Path]", "--output", "text"],
            ["list-roles", "--query", "length(Roles)", "--output", "json"],
            ["list-policies", "--scope", "Local", "--query", "Policies[].[PolicyName, AttachmentCount, DefaultVersionId]", "--output", "table"],
            ["get-policy", "--policy-arn", S3ReadOnly, "--output", "json"],
            ["get-policy-version", "--policy-arn", "arn:aws:iam::123456789012:policy/polAjs", "--version-id", "v1", "--output", "json"],
            ["get-policy-version", "--policy-arn", "arn:aws:iam::123456789012:policy/polAte", "--version-id", "v1", "--output", "text"],
            ["list-attached-role-policies", "--role-name", "roleAta", "--output", "table"],
            ["list-mfa-devices", "--user-name", "BobRjs", "--output", "text", "--query", "MFADevices[].[UserName, SerialNumber]"],
            ["list-access-keys", "--user-name", "BobAjs", "--query", "AccessKeyMetadata[].Status", "--output", "text"],
            ["get-role", "--role-name", "roleRjs", "--output", "json"],
            ["get-role", "--role-name", "roleRjs", "--output", "table"],
            ["get-role", "--role-name", "no-such-role", "--output", "json"],
        ];
        var steps = new List<Step>();
        foreach (var args in commands)
        {
            steps.Add(new Step(string.Join(' ', args), await tool(["iam", .. args])));
        }

        return steps;
    }

    private static void AssertSameRuns(List<Step> aws, List<Step> rolecall)
    {
        Assert.Equal(aws.Count, rolecall.Count);
        foreach (var (want, got) in aws.Zip(rolecall))
        {
            Assert.True(want.Run.V2ExitCode == got.Run.ExitCode,
                $"{want.Command}: aws exited {want.Run.ExitCode}, rolecall {got.Run.ExitCode}\naws: {want.Run.Stderr}\nrolecall: {got.Run.Stderr}");
            Assert.True(want.Run.Stdout == got.Run.Stdout, $"{want.Command}: stdout differs\n--- aws\n{want.Run.Stdout}\n--- rolecall\n{got.Run.Stdout}");
            Assert.True(want.Run.LastErrorLine == got.Run.LastErrorLine,
                $"{want.Command}: stderr differs\n--- aws\n{want.Run.LastErrorLine}\n--- rolecall\n{got.Run.LastErrorLine}");
        }
    }

    private sealed record Step(string Command, ToolRun Run);
}
