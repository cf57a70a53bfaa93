using RoleCall.Cli.Commands.Serve;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Tutorial 003 ("How to Assume an IAM Role Using AWS CLI?"), the steps a first pass found surprising, run with
/// the AWS CLI v1, the AWS CLI v2 and rolecall against one in-process serve: policies from file:// and
/// fileb:// with the errors IAM gives for a document without Version (a managed policy must be 2012-10-17),
/// bad JSON or an action without a vendor; the quota of two access keys; and the EC2 denial's encoded
/// message read back with `sts decode-authorization-message` (which rolecall lacked). Each step must print
/// what both AWS CLIs print, with their exit code (v1's read as v2's) and error line.
/// </summary>
public sealed class Tutorial003DifferentialTests
{
    private const string UserPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": [
                "ec2:Describe*",
                "iam:ListRoles",
                "sts:AssumeRole"
              ],
              "Resource": "*"
            }
          ]
        }
        """;

    [Fact]
    public async Task Should_print_what_both_aws_clis_print_for_the_tutorials_policies_keys_and_denials()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var root = new TutorialTools(sandbox, server.Url, server.Credentials);
        File.WriteAllText(sandbox.PathOf("no-version.json"), """{"Statement": [{"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"}]}""");
        File.WriteAllText(sandbox.PathOf("bad-json.json"), """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*",}]}""");
        File.WriteAllText(sandbox.PathOf("no-vendor.json"), """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "DescribeInstances", "Resource": "*"}]}""");
        File.WriteAllText(sandbox.PathOf("user-policy.json"), UserPolicy);
        await MustAsync(root, "iam", "create-user", "--user-name", "demo-user");
        await MustAsync(root, "iam", "create-policy", "--policy-name", "user-policy", "--policy-document", "file://" + sandbox.PathOf("user-policy.json"));
        await MustAsync(root, "iam", "attach-user-policy", "--user-name", "demo-user", "--policy-arn", "arn:aws:iam::123456789012:policy/user-policy");
        var demo = await KeyOfAsync(root, sandbox, server.Url);
        await MustAsync(root, "iam", "create-access-key", "--user-name", "demo-user");

        // What the demo user's EC2 denial hands out: an encoded message for an action on resources.
        var image = (await MustAsync(root, "ec2", "describe-images", "--owners", "amazon", "--query", "Images[0].ImageId", "--output", "text")).Trim();
        var denied = await demo.AwsAsync(["ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro"]);
        const string Marker = "Encoded authorization failure message: ";
        Assert.Contains(Marker, denied.Stderr, StringComparison.Ordinal);
        var encoded = denied.Stderr[(denied.Stderr.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim();

        var failures = new List<string>();
        foreach (var (tools, args) in Cases(root, demo, sandbox, encoded))
        {
            var ours = await tools.RolecallAsync(args);
            Compare("aws v1", await tools.AwsAsync(args), ours, args, failures);
            Compare("aws v2", await tools.AwsV2Async(args), ours, args, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        // What the steps print, in IAM's and STS's own words.
        var decoded = await root.RolecallAsync(["sts", "decode-authorization-message", "--encoded-message", encoded, "--query", "DecodedMessage", "--output", "text"]);
        Assert.Equal(0, decoded.ExitCode);
        Assert.Contains("\"allowed\":false", decoded.Stdout, StringComparison.Ordinal);
        Assert.Contains("ec2:RunInstances", decoded.Stdout, StringComparison.Ordinal);
        var version = await root.RolecallAsync(["iam", "create-policy", "--policy-name", "p", "--policy-document", "file://" + sandbox.PathOf("no-version.json")]);
        Assert.Equal("An error occurred (MalformedPolicyDocument) when calling the CreatePolicy operation: Policy document must be version 2012-10-17 or greater.", version.LastErrorLine);
        var third = await root.RolecallAsync(["iam", "create-access-key", "--user-name", "demo-user"]);
        Assert.Equal("An error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2", third.LastErrorLine);
    }

    private static IEnumerable<(TutorialTools Tools, string[] Args)> Cases(TutorialTools root, TutorialTools demo, ClientSandbox sandbox, string encoded)
    {
        foreach (var (file, scheme) in new[] { ("no-version.json", "file://"), ("no-version.json", "fileb://"), ("bad-json.json", "file://"), ("no-vendor.json", "file://"), ("missing.json", "file://") })
        {
            yield return (root, ["iam", "create-policy", "--policy-name", "p-" + file, "--policy-document", scheme + sandbox.PathOf(file)]);
        }

        yield return (demo, ["sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/user-role", "--role-session-name", "s", "--policy", "fileb://" + sandbox.PathOf("user-policy.json")]);
        yield return (root, ["iam", "create-access-key", "--user-name", "demo-user"]);
        yield return (root, ["iam", "list-access-keys", "--user-name", "demo-user", "--query", "length(AccessKeyMetadata)"]);
        yield return (root, ["sts", "decode-authorization-message", "--encoded-message", encoded, "--query", "length(DecodedMessage) > `100`"]);
        yield return (root, ["sts", "decode-authorization-message", "--encoded-message", encoded, "--output", "text", "--query", "DecodedMessage"]);
        yield return (root, ["sts", "decode-authorization-message", "--encoded-message", "not-a-message"]);
        yield return (root, ["sts", "decode-authorization-message", "--encoded-message", ""]);
        yield return (root, ["sts", "decode-authorization-message"]);
        yield return (demo, ["sts", "decode-authorization-message", "--encoded-message", encoded]);
    }

    private static async Task<string> MustAsync(TutorialTools tools, params string[] args)
    {
        var run = await tools.AwsAsync(args);
        Assert.True(run.ExitCode == 0, string.Join(' ', args) + ": " + run.Stderr);
        return run.Stdout;
    }

    private static async Task<TutorialTools> KeyOfAsync(TutorialTools root, ClientSandbox sandbox, Uri endpoint)
    {
        var key = await MustAsync(root, "iam", "create-access-key", "--user-name", "demo-user", "--query", "AccessKey.[AccessKeyId,SecretAccessKey]", "--output", "text");
        var parts = key.Trim().Split('\t');
        return new TutorialTools(sandbox, endpoint, new AwsCredentials(parts[0], parts[1]));
    }

    private static void Compare(string judge, ToolRun want, ToolRun got, string[] args, List<string> failures)
    {
        var command = string.Join(' ', args.Select(a => a.Length > 60 ? a[..20] + "..." : a));
        if (ExitCode(want) != got.ExitCode)
        {
            failures.Add($"{command}: {judge} exited {want.ExitCode}, rolecall {got.ExitCode}\n{judge}: {want.Stderr}\nrolecall: {got.Stderr}");
        }
        else if (want.Stdout != got.Stdout)
        {
            failures.Add($"{command}: stdout differs\n--- {judge}\n{want.Stdout}\n--- rolecall\n{got.Stdout}");
        }
        else if (ErrorLine(want) != ErrorLine(got))
        {
            failures.Add($"{command}: error differs\n--- {judge}\n{ErrorLine(want)}\n--- rolecall\n{ErrorLine(got)}");
        }
    }

    /// <summary>v1 exits 255 for what botocore refuses before sending (bad parameter, unreadable paramfile), v2 252.</summary>
    private static int ExitCode(ToolRun run) =>
        run.ExitCode == 255 && (run.Stderr.Contains("Parameter validation failed:", StringComparison.Ordinal) || run.Stderr.Contains("Error parsing parameter", StringComparison.Ordinal))
            ? 252 : run.V2ExitCode;

    /// <summary>The error's last line, without rolecall's `hint:` line and program prefix (rolecall's documented shape).</summary>
    private static string ErrorLine(ToolRun run)
    {
        var line = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => !l.StartsWith("hint: ", StringComparison.Ordinal)) ?? "";
        return line.StartsWith("rolecall: error: ", StringComparison.Ordinal) ? line["rolecall: error: ".Length..] : line.StartsWith("aws: error: ", StringComparison.Ordinal) ? line["aws: error: ".Length..] : line;
    }
}
