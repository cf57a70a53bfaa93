using RoleCall.EndToEnd.Tests.Client;
using RoleCall.EndToEnd.Tests.IamCli;

namespace RoleCall.EndToEnd.Tests.S3Cli;

/// <summary>
/// Issue 11, item 4: `rolecall s3 ls|mb|rb` against moto_server (a real S3 wire peer), run beside the AWS CLI
/// v1 and v2 on the same state: same stdout byte for byte, same exit codes, same failure lines.
/// </summary>
public sealed class S3CliDifferentialTests
{
    private const string Keys = "AKIAIOSFODNN7EXAMPLE";

    [Fact]
    public async Task Should_list_as_the_aws_cli_lists()
    {
        using var moto = new MotoServer();
        using var tools = new S3CliTools(moto.Endpoint, Keys, "secret");
        tools.Boto3("""
            loc = {'LocationConstraint': 'eu-west-1'}
            s3.create_bucket(Bucket='ls-bkt', CreateBucketConfiguration=loc)
            s3.create_bucket(Bucket='empty-bkt', CreateBucketConfiguration=loc)
            sizes = {'a.txt': 0, 'one': 1, 'dir/b.txt': 1023, 'dir/tie': 1280, 'dir/sub/c.txt': 1792, 'sp ace/d+e.txt': 1048575,
                     'x/../y': 5, 'z//w': 7, 'été/ü': 2048, 'dir/sub/deeper/e': 3}
            for key, size in sizes.items():
                s3.put_object(Bucket='ls-bkt', Key=key, Body=b'x' * size)
            """);

        string[][] cases =
        [
            ["s3", "ls"],
            ["s3", "ls", "s3://"],
            ["s3", "ls", "s3://ls-bkt"],
            ["s3", "ls", "s3://ls-bkt/"],
            ["s3", "ls", "s3://ls-bkt/dir"],
            ["s3", "ls", "s3://ls-bkt/dir/"],
            ["s3", "ls", "ls-bkt/dir/sub/"],
            ["s3", "ls", "s3://ls-bkt/dir/t"],
            ["s3", "ls", "s3://ls-bkt/été/"],
            ["s3", "ls", "s3://ls-bkt", "--recursive"],
            ["s3", "ls", "s3://ls-bkt/dir", "--recursive", "--human-readable"],
            ["s3", "ls", "s3://ls-bkt", "--recursive", "--human-readable", "--summarize"],
            ["s3", "ls", "s3://ls-bkt", "--summarize", "--page-size", "2"],
            ["s3", "ls", "s3://ls-bkt", "--recursive", "--page-size", "3"],
            ["s3", "ls", "s3://ls-bkt/nothing-here"],
            ["s3", "ls", "s3://ls-bkt/nothing-here", "--summarize"],
            ["s3", "ls", "s3://empty-bkt"],
            ["s3", "ls", "s3://empty-bkt", "--summarize", "--human-readable"],
            ["s3", "ls", "s3://no-such-bkt"],
            ["s3", "ls", "s3://no-such-bkt/prefix", "--recursive"],
        ];
        foreach (var args in cases)
        {
            S3CliComparison.AssertSame(string.Join(' ', args), await tools.AwsV1Async(args), await tools.AwsV2Async(args), await tools.RolecallAsync(args));
        }
    }

    [Fact]
    public async Task Should_make_and_remove_buckets_as_the_aws_cli_does()
    {
        using var moto = new MotoServer();
        using var tools = new S3CliTools(moto.Endpoint, Keys, "secret");
        var v1 = await BucketLifecycleAsync(tools, "t1", tools.AwsV1Async);
        var v2 = await BucketLifecycleAsync(tools, "t2", tools.AwsV2Async);
        var rolecall = await BucketLifecycleAsync(tools, "t3", tools.RolecallAsync);

        for (var i = 0; i < rolecall.Count; i++)
        {
            S3CliComparison.AssertSame(rolecall[i].Command, v1[i].Run, v2[i].Run, rolecall[i].Run, rolecall[i].Force);
        }
    }

    /// <summary>Each tool works on its own buckets (tag t1, t2 or t3, masked as "XX" afterwards).</summary>
    private static async Task<List<(string Command, ToolRun Run, bool Force)>> BucketLifecycleAsync(S3CliTools tools, string tag, Func<string[], Task<ToolRun>> tool)
    {
        var steps = new List<(string, ToolRun, bool)>();
        async Task Run(params string[] args)
        {
            var run = await tool(args);
            // --force deletes concurrently in the AWS CLI: its delete lines are compared as a set.
            steps.Add((string.Join(' ', args).Replace(tag, "XX", StringComparison.Ordinal),
                new ToolRun(run.ExitCode, run.Stdout.Replace(tag, "XX", StringComparison.Ordinal), run.Stderr.Replace(tag, "XX", StringComparison.Ordinal)),
                args.Contains("--force")));
        }

        await Run("s3", "mb", $"s3://mb-{tag}-bucket");
        await Run("s3", "mb", $"s3://mb-{tag}-bucket");
        await Run("s3", "mb", $"mb-{tag}-other");
        await Run("s3", "mb", $"s3://mb-{tag}-keyed/some/key");
        await Run("s3", "rb", $"s3://mb-{tag}-keyed/some/key");
        await Run("s3", "rb", $"mb-{tag}-keyed");
        await Run("s3", "rb", $"s3://mb-{tag}-keyed/");
        tools.Boto3($"for key in ['a', 'dir/b', 'x/../y', 'sp ace']:\n    s3.put_object(Bucket='mb-{tag}-bucket', Key=key, Body=b'1')\n");
        await Run("s3", "rb", $"s3://mb-{tag}-bucket");
        await Run("s3", "rb", $"s3://mb-{tag}-bucket", "--force");
        await Run("s3", "rb", $"s3://mb-{tag}-bucket");
        await Run("s3", "rb", $"s3://mb-{tag}-bucket", "--force");
        return steps;
    }
}
