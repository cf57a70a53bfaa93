using RoleCall.Cli.Commands.Serve;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Tutorial 002, Method 01, after the portal (whose pages the browser walkthrough covers): with Option 1's
/// session keys exported, step 6 `configure list`, step 7 `eval $(... sts assume-role ... | jq -r ...)` and
/// step 8 `s3 ls`, run with the AWS CLI v2 and with rolecall on the same command lines against one serve.
/// Each step must print what the AWS CLI v2 prints, with its exit code, and jq must read rolecall's JSON.
/// </summary>
public sealed class Tutorial002CommandLineDifferentialTests
{
    private const string ProdAccount = "123456789012";

    /// <summary>The tutorial's jq filter, verbatim.</summary>
    private const string JqFilter = """.Credentials | "export AWS_ACCESS_KEY_ID=\(.AccessKeyId)\nexport AWS_SECRET_ACCESS_KEY=\(.SecretAccessKey)\nexport AWS_SESSION_TOKEN=\(.SessionToken)\n" """;

    [Fact]
    public async Task Should_follow_method_01_as_the_aws_cli_v2_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var admin = new TutorialTools(sandbox, server.Url, server.Credentials);
        var option1 = await PermissionSetSessionAsync(admin);
        var portal = new TutorialTools(sandbox, server.Url, option1);

        // Step 6: the exported keys, as `configure list` shows them.
        var listed = await portal.RolecallAsync(["configure", "list"]);
        var judged = await portal.AwsV2Async(["configure", "list"]);
        Assert.Equal(judged.Stdout, listed.Stdout);
        Assert.Equal(judged, listed);
        Assert.Contains($"access_key     ****************{option1.AccessKeyId[^4..]}              env", listed.Stdout, StringComparison.Ordinal);

        // Step 7: assume the target role and export its keys through jq; step 8: list the buckets with them.
        var buckets = new List<ToolRun>();
        var callers = new List<string>();
        foreach (var tool in new Func<string[], Task<ToolRun>>[] { portal.AwsV2Async, portal.RolecallAsync })
        {
            var assumed = await tool(["sts", "assume-role", "--role-arn", $"arn:aws:iam::{ProdAccount}:role/TargetRole", "--role-session-name", "SESSION_NAME"]);
            Assert.True(assumed.ExitCode == 0, assumed.Stderr);
            var role = new TutorialTools(sandbox, server.Url, await ExportedByJqAsync(sandbox, assumed.Stdout));
            buckets.Add(await role.RolecallAsync(["s3", "ls"]));
            buckets.Add(await role.AwsV2Async(["s3", "ls"]));
            callers.Add((await role.RolecallAsync(["sts", "get-caller-identity", "--query", "Arn", "--output", "text"])).Stdout);
        }

        Assert.All(buckets, b => Assert.Equal((0, string.Empty), (b.ExitCode, b.Stderr)));
        Assert.Single(buckets.Select(b => b.Stdout).Distinct());
        Assert.EndsWith(" tutorial-002-bucket\n", buckets[0].Stdout, StringComparison.Ordinal);
        Assert.All(callers, c => Assert.Equal($"arn:aws:sts::{ProdAccount}:assumed-role/TargetRole/SESSION_NAME\n", c));

        // Step 8 as written names a profile that Method 01 never made: both stop with botocore's words.
        string[] named = ["s3", "ls", "--profile", "MY_AWS_CLI_PROFILE_NAME"];
        var ours = await portal.RolecallAsync(named);
        var theirs = await portal.AwsV2Async(named);
        Assert.Equal((theirs.ExitCode, theirs.Stdout), (ours.ExitCode, ours.Stdout));
        Assert.StartsWith(theirs.Stderr, ours.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// What Option 1 holds: a role session whose policy may assume TargetRole (reader of S3), made by the
    /// administrator through a user, since a root key may not assume roles.
    /// </summary>
    private static async Task<AwsCredentials> PermissionSetSessionAsync(TutorialTools admin)
    {
        var trustAccount = $$"""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::{{ProdAccount}}:root"}, "Action": "sts:AssumeRole"}]}""";
        var mayAssume = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}""";
        foreach (var setup in new[]
        {
            new[] { "iam", "create-user", "--user-name", "portal-user" },
            ["iam", "put-user-policy", "--user-name", "portal-user", "--policy-name", "assume", "--policy-document", mayAssume],
            ["iam", "create-role", "--role-name", "PermissionSetRole", "--assume-role-policy-document", trustAccount],
            ["iam", "put-role-policy", "--role-name", "PermissionSetRole", "--policy-name", "assume", "--policy-document", mayAssume],
            ["iam", "create-role", "--role-name", "TargetRole", "--assume-role-policy-document", trustAccount],
            ["iam", "attach-role-policy", "--role-name", "TargetRole", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"],
            ["s3", "mb", "s3://tutorial-002-bucket"],
        })
        {
            var done = await admin.RolecallAsync(setup);
            Assert.True(done.ExitCode == 0, string.Join(' ', setup) + ": " + done.Stderr);
        }

        var key = await admin.RolecallAsync(["iam", "create-access-key", "--user-name", "portal-user", "--query", "AccessKey.[AccessKeyId,SecretAccessKey]", "--output", "text"]);
        var parts = key.Stdout.Trim().Split('\t');
        var user = new TutorialTools(admin.Sandbox, admin.EndpointUri, new AwsCredentials(parts[0], parts[1]));
        var session = await user.RolecallAsync(["sts", "assume-role", "--role-arn", $"arn:aws:iam::{ProdAccount}:role/PermissionSetRole", "--role-session-name", "alice",
            "--query", "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]", "--output", "text"]);
        Assert.True(session.ExitCode == 0, session.Stderr);
        var values = session.Stdout.Trim().Split('\t');
        return new AwsCredentials(values[0], values[1], values[2]);
    }

    /// <summary>The tutorial's `eval $(... | jq -r '...')`: jq turns the JSON into export lines, bash runs them.</summary>
    private static async Task<AwsCredentials> ExportedByJqAsync(ClientSandbox sandbox, string json)
    {
        var environment = new Dictionary<string, string> { ["ASSUMED"] = json, ["FILTER"] = JqFilter };
        var shell = await ExternalTool.RunAsync("bash",
            ["-c", "eval $(printf '%s' \"$ASSUMED\" | jq -r \"$FILTER\"); printf '%s\\t%s\\t%s' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\""],
            environment, sandbox.Directory, "apt-get install -y jq bash");
        Assert.True(shell.ExitCode == 0, shell.Stderr);
        var values = shell.Stdout.Split('\t');
        Assert.All(values, v => Assert.NotEmpty(v));
        return new AwsCredentials(values[0], values[1], values[2]);
    }
}
