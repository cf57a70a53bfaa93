using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 17: argparse's unique prefixes for commands other than iam (sts here), global and command options
/// alike, judged by the AWS CLI v1 and v2 against one in-process `rolecall serve`: same stdout, same exit code
/// (v1's read as v2's), same error line after the program's name.
/// </summary>
public sealed class StsCliOptionsDifferentialTests
{
    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    [Fact]
    public async Task Should_abbreviate_sts_options_as_the_aws_cli_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        var created = await tools.RolecallAsync(["iam", "create-role", "--role-n", "prefix-role", "--assume", Trust, "--que", "Role.Arn", "--out", "text"]);
        Assert.True(created.ExitCode == 0, created.Stderr);
        var roleArn = created.Stdout.Trim();

        var failures = new List<string>();
        foreach (var (args, judges) in Cases(roleArn))
        {
            var ours = await tools.RolecallAsync(args);
            if (judges.HasFlag(Judge.V1))
            {
                Compare("aws v1", await tools.AwsAsync(args), ours, args, failures);
            }

            if (judges.HasFlag(Judge.V2))
            {
                Compare("aws v2", await tools.AwsV2Async(args), ours, args, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static IEnumerable<(string[] Args, Judge Judges)> Cases(string roleArn)
    {
        yield return (["sts", "get-caller-identity", "--que", "Arn", "--out", "text"], Judge.Both);
        yield return (["sts", "get-caller-identity", "--query=Account", "--outp=json"], Judge.Both);
        yield return (["sts", "assume-role", "--role-a", roleArn, "--role-s", "s1", "--dur", "900", "--que", "AssumedRoleUser.Arn"], Judge.Both);
        yield return (["sts", "assume-role", "--role-a=" + roleArn, "--role-session-n=s2", "--query", "AssumedRoleUser.AssumedRoleId.contains(@, ':s2')"], Judge.Both);
        yield return (["sts", "get-session-token", "--dur", "900", "--query", "length(Credentials.SessionToken) > `0`"], Judge.Both);
        // Ambiguity: among the command's options, and among the global ones (v2 has more globals than v1).
        yield return (["sts", "assume-role", "--role", "x", "--role-session-name", "s"], Judge.Both);
        yield return (["sts", "get-caller-identity", "--no"], Judge.V2);
        yield return (["sts", "get-caller-identity", "--cli-"], Judge.V2);
    }

    private static void Compare(string judge, ToolRun want, ToolRun got, string[] args, List<string> failures)
    {
        var command = string.Join(' ', args);
        if (want.V2ExitCode != got.ExitCode)
        {
            failures.Add($"{command}: {judge} exited {want.ExitCode}, rolecall {got.ExitCode}\n{judge}: {want.Stderr}\nrolecall: {got.Stderr}");
        }
        else if (want.Stdout != got.Stdout)
        {
            failures.Add($"{command}: stdout differs\n--- {judge}\n{want.Stdout}\n--- rolecall\n{got.Stdout}");
        }
        else if (want.LastErrorLine != got.LastErrorLine)
        {
            failures.Add($"{command}: error differs\n--- {judge}\n{want.LastErrorLine}\n--- rolecall\n{got.LastErrorLine}");
        }
    }

    [Flags]
    private enum Judge
    {
        V1 = 1,
        V2 = 2,
        Both = V1 | V2,
    }
}
