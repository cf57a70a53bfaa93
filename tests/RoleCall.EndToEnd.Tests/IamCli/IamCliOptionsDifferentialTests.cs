using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 7, the AWS CLI's option handling against one in-process `rolecall serve`: a hand-given `--marker`
/// (accepted, automatic pagination off), argparse's unique prefixes (`--role-n`, `--que`) and their ambiguity
/// error, and `--output yaml` / `yaml-stream`, each judged by the AWS CLI v1 and/or v2 reading the same roles.
/// Stdout must be identical, exit codes identical (v1's read as v2's), error messages identical after the
/// program's prefix.
/// </summary>
public sealed class IamCliOptionsDifferentialTests
{
    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    // Descriptions that exercise YAML's quoting rules (the AWS CLI v2 prints yaml with ruamel.yaml).
    private static readonly string[] Descriptions =
        ["plain words", "colon: and # hash", "yes", "123", "ünïcödé ©", "  leading space", "- dash", "'quoted'", "null"];

    [Fact]
    public async Task Should_page_abbreviate_and_print_yaml_as_the_aws_cli_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        // iso8601 timestamps in both tools: the AWS CLI v2's default, so its yaml and rolecall's compare as printed.
        File.WriteAllText(sandbox.ConfigFile, "[default]\ncli_timestamp_format = iso8601\n");
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        for (var i = 0; i < Descriptions.Length; i++)
        {
            var created = await tools.RolecallAsync(["iam", "create-role", "--role-name", $"opt-role-{i}", "--path", "/opt/",
                "--assume-role-policy-document", Trust, "--description", Descriptions[i]]);
            Assert.True(created.ExitCode == 0, created.Stderr);
        }

        var marker = (await tools.RolecallAsync(["iam", "list-roles", "--path-prefix", "/opt/", "--no-paginate", "--max-items", "2",
            "--query", "Marker", "--output", "text"])).Stdout.Trim();
        Assert.NotEmpty(marker);

        var failures = new List<string>();
        foreach (var (args, judges) in Cases(marker))
        {
            var ours = await tools.RolecallAsync(["iam", .. args]);
            if (judges.HasFlag(Judge.V1))
            {
                Compare("aws v1", await tools.AwsAsync(["iam", .. args]), ours, args, failures);
            }

            if (judges.HasFlag(Judge.V2))
            {
                Compare("aws v2", await tools.AwsV2Async(["iam", .. args]), ours, args, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static IEnumerable<(string[] Args, Judge Judges)> Cases(string marker)
    {
        // --marker: accepted (undocumented in the AWS CLI) and turns automatic pagination off for the call.
        yield return (["list-roles", "--path-prefix", "/opt/", "--marker", marker, "--query", "Roles[].RoleName"], Judge.Both);
        yield return (["list-roles", "--path-prefix", "/opt/", "--marker", marker, "--max-items", "2", "--query", "[Roles[].RoleName, IsTruncated, NextToken]"], Judge.Both);
        yield return (["list-roles", "--path-prefix", "/opt/", "--marker", marker, "--output", "text", "--query", "Roles[].[RoleName, Path]"], Judge.Both);
        yield return (["list-roles", "--path-prefix", "/opt/", "--marker", marker, "--starting-token", "abc"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--marker", marker, "--page-size", "2"], Judge.V2);
        // In --cli-input-json a paging member also turns pagination off in v2 (v1 ignores it).
        yield return (["list-roles", "--cli-input-json", $"{{\"PathPrefix\": \"/opt/\", \"Marker\": \"{marker}\"}}", "--query", "[Roles[].RoleName, IsTruncated]"], Judge.V2);
        yield return (["list-roles", "--cli-input-json", "{\"PathPrefix\": \"/opt/\", \"MaxItems\": 2}", "--query", "[length(Roles), IsTruncated, NextToken]"], Judge.V2);

        // argparse prefixes: the command's own options, the global ones (parsed first), ambiguity.
        yield return (["get-role", "--role-n", "opt-role-1", "--query", "Role.RoleName"], Judge.Both);
        yield return (["get-role", "--role-n=opt-role-2", "--que", "Role.[RoleName, Path]", "--out", "text"], Judge.Both);
        yield return (["list-roles", "--path-p", "/opt/", "--max", "3", "--query", "Roles[].RoleName"], Judge.Both);
        yield return (["get-role", "--role-name", "opt-role-1", "--role-nam", "opt-role-3", "--query", "Role.RoleName"], Judge.Both);
        yield return (["list-roles", "--pa", "2"], Judge.Both);
        yield return (["list-roles", "--no-", "--query", "Roles[0]"], Judge.V2);

        // yaml and yaml-stream (AWS CLI v2 only), merged pages, page by page, NextToken, nulls and quoting.
        yield return (["get-role", "--role-name", "opt-role-1", "--output", "yaml"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--output", "yaml"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--page-size", "4", "--output", "yaml-stream"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--max-items", "3", "--output", "yaml"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--query", "Roles[].{n: RoleName, d: Description, b: PermissionsBoundary}", "--output", "yaml"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--query", "Roles[].Description", "--output", "yaml-stream"], Judge.V2);
        yield return (["list-roles", "--path-prefix", "/opt/", "--query", "Roles[0].MaxSessionDuration", "--output", "yaml"], Judge.V2);
        yield return (["get-account-summary", "--output", "yaml"], Judge.V2);
        yield return (["get-policy", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "--output", "yaml"], Judge.V2);
        yield return (["get-role", "--role-name", "no-such-role", "--output", "yaml"], Judge.V2);
    }

    private static void Compare(string judge, ToolRun want, ToolRun got, string[] args, List<string> failures)
    {
        var command = "iam " + string.Join(' ', args);
        if (want.V2ExitCode != got.ExitCode)
        {
            failures.Add($"{command}: {judge} exited {want.ExitCode}, rolecall {got.ExitCode}\n{judge}: {want.Stderr}\nrolecall: {got.Stderr}");
        }
        else if (want.Stdout != got.Stdout)
        {
            failures.Add($"{command}: stdout differs\n--- {judge}\n{want.Stdout}\n--- rolecall\n{got.Stdout}");
        }
        else if (ErrorText(want.LastErrorLine) != ErrorText(got.LastErrorLine))
        {
            failures.Add($"{command}: error differs\n--- {judge}\n{want.LastErrorLine}\n--- rolecall\n{got.LastErrorLine}");
        }
    }

    // The message without the program's prefix: `aws: error: X`, v1's `Error during pagination: X`, `rolecall: error: X`.
    private static string ErrorText(string line)
    {
        foreach (var prefix in new[] { "rolecall: error: ", "Error during pagination: " })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }

        return line;
    }

    [Flags]
    private enum Judge
    {
        V1 = 1,
        V2 = 2,
        Both = V1 | V2,
    }
}
