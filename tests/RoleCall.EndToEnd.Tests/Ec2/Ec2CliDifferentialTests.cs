using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Ec2;

/// <summary>
/// Issue 11: the same `ec2 describe-instances` command lines through the AWS CLI v1, the AWS CLI v2 and
/// `rolecall`, against one serve, give the same stdout and exit code (v1's codes read as v2's), the
/// tutorial's --query included. The server clock is held still so every tool sees the same states.
/// </summary>
public sealed class Ec2CliDifferentialTests
{
    private const string Tutorial = "Reservations[*].Instances[*].[VpcId, InstanceId, ImageId, InstanceType]";

    [Fact]
    public async Task Should_print_what_both_aws_clis_print_for_describe_instances()
    {
        var clock = new FrozenClock(DateTimeOffset.UtcNow);
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), Time = clock });
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        var image = (await tools.AwsV2Async(["ec2", "describe-images", "--owners", "amazon", "--filters", "Name=architecture,Values=x86_64",
            "--query", "Images[0].ImageId", "--output", "text"])).Stdout.Trim();
        var blue = await RunAsync(tools, image, "t3.micro", 2, "blue");
        var red = await RunAsync(tools, image, "t3.small", 3, "red");

        string[][] everyTool =
        [
            ["--query", Tutorial, "--output", "json"],
            ["--query", Tutorial, "--output", "text"],
            ["--query", Tutorial, "--output", "table"],
            ["--filters", "Name=instance-type,Values=t3.small", "--query", Tutorial],
            ["--filters", """[{"Name": "tag:team", "Values": ["blue"]}]""", "--query", "Reservations[].Instances[].InstanceId"],
            ["--filters", "Name=instance-state-name,Values=running", "--query", Tutorial, "--output", "text"],
            ["--instance-ids", red[2], blue[0], "--query", "Reservations[].Instances[].[InstanceId, Tags[0].Value]", "--output", "text"],
            ["--max-items", "3", "--query", "{ids: Reservations[].Instances[].InstanceId, next: NextToken}"],
            ["--page-size", "5", "--max-items", "4", "--query", "Reservations[].Instances[].InstanceId", "--output", "text"],
            ["--no-paginate", "--max-results", "5", "--query", "length(Reservations[].Instances[])"],
            ["--instance-ids", "i-0123456789abcdef0"],
            ["--instance-ids", "web-server-1"],
            ["--filters", "Name=no-such-filter,Values=1"],
            ["--max-results", "3", "--no-paginate"],
        ];
        foreach (var line in everyTool)
        {
            var args = (string[])["ec2", "describe-instances", .. line];
            var v1 = await tools.AwsAsync(args);
            var v2 = await tools.AwsV2Async(args);
            var rolecall = await tools.RolecallAsync(args);
            var shown = string.Join(' ', line);
            Assert.True(v2.Stdout == rolecall.Stdout, $"{shown}\n--- aws v2:\n{v2.Stdout}\n--- rolecall:\n{rolecall.Stdout}{rolecall.Stderr}");
            Assert.True(v1.Stdout == rolecall.Stdout, $"{shown}\n--- aws v1:\n{v1.Stdout}\n--- rolecall:\n{rolecall.Stdout}");
            Assert.True((v1.V2ExitCode, v2.ExitCode) == (rolecall.ExitCode, rolecall.ExitCode), $"{shown}: exit v1 {v1.ExitCode} v2 {v2.ExitCode} rolecall {rolecall.ExitCode}");
            Assert.Equal(v2.LastErrorLine, rolecall.LastErrorLine);
        }

        // Whole responses: v1 runs the botocore whose EC2 model rolecall embeds (v2 2.9 bundles an older one that
        // orders Reservation's members differently), with timestamps printed as sent (`cli_timestamp_format = wire`).
        File.WriteAllText(sandbox.ConfigFile, "[default]\ncli_timestamp_format = wire\n");
        foreach (var format in new[] { "json", "text", "table" })
        {
            var args = (string[])["ec2", "describe-instances", "--output", format];
            var v1 = await tools.AwsAsync(args);
            var rolecall = await tools.RolecallAsync(args);
            Assert.True(v1.Stdout == rolecall.Stdout, $"--output {format}: {FirstDifference(v1.Stdout, rolecall.Stdout)}\n{rolecall.Stderr}");
        }

        string[] yaml = ["ec2", "describe-instances", "--query", "Reservations[].Instances[].{Id: InstanceId, State: State, Tags: Tags, Placement: Placement}", "--output", "yaml"];
        Assert.Equal((await tools.AwsV2Async(yaml)).Stdout, (await tools.RolecallAsync(yaml)).Stdout);
    }

    /// <summary>The first line where two outputs differ, with its number: full outputs run to hundreds of lines.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: aws `{left}`, rolecall `{right}`";
            }
        }

        return "same";
    }

    private static async Task<List<string>> RunAsync(TutorialTools tools, string image, string type, int count, string team)
    {
        var run = await tools.AwsV2Async(["ec2", "run-instances", "--image-id", image, "--instance-type", type, "--count", $"{count}",
            "--tag-specifications", $"ResourceType=instance,Tags=[{{Key=team,Value={team}}}]", "--query", "Instances[].InstanceId", "--output", "text"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return [.. run.Stdout.Split((char[])['\t', '\n'], StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The server's clock, stopped at one instant (SigV4 freshness still holds: the test takes seconds).</summary>
    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
