using System.Security.Cryptography;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.Replicas;

/// <summary>
/// The AWS CLI v1's `aws s3` commands alternating between two replicas over one PostgreSQL database and one body
/// directory (issue 15): a bucket made through A is written through B and listed and read through A, a file big
/// enough for the CLI's multipart upload (8 MiB threshold) uploaded through B reads back whole through A, and
/// `rb --force` through B empties and removes what A then no longer lists.
/// </summary>
public sealed class TwoReplicaS3CliTests
{
    [Fact]
    public async Task Should_make_copy_list_read_and_remove_through_alternating_replicas()
    {
        await using var replicas = await ReplicaPair.StartAsync();
        using var sandbox = new ClientSandbox();
        var a = new AwsCli(sandbox, replicas.A.Url, replicas.A.Credentials);
        var b = new AwsCli(sandbox, replicas.B.Url, replicas.B.Credentials);
        var small = sandbox.PathOf("small.txt");
        var big = sandbox.PathOf("big.bin");
        await File.WriteAllTextAsync(small, "written through B\n");
        await File.WriteAllBytesAsync(big, RandomNumberGenerator.GetBytes((9 * 1024 * 1024) + 123));

        await Succeed(a, "s3", "mb", "s3://cli-replicas");
        await Succeed(b, "s3", "cp", small, "s3://cli-replicas/docs/small.txt");
        await Succeed(b, "s3", "cp", big, "s3://cli-replicas/big.bin");
        var listed = await Succeed(a, "s3", "ls", "--recursive", "s3://cli-replicas");
        await Succeed(a, "s3", "cp", "s3://cli-replicas/big.bin", sandbox.PathOf("big.back"));
        await Succeed(a, "s3", "cp", "s3://cli-replicas/docs/small.txt", sandbox.PathOf("small.back"));
        var head = (await a.JsonAsync("s3api", "head-object", "--bucket", "cli-replicas", "--key", "big.bin"))!.Value;

        Assert.Contains(" 18 docs/small.txt", listed, StringComparison.Ordinal);
        Assert.Contains($" {(9 * 1024 * 1024) + 123} big.bin", listed, StringComparison.Ordinal);
        Assert.Matches("^\"[0-9a-f]{32}-2\"$", head.GetProperty("ETag").GetString());
        Assert.Equal(await File.ReadAllBytesAsync(big), await File.ReadAllBytesAsync(sandbox.PathOf("big.back")));
        Assert.Equal("written through B\n", await File.ReadAllTextAsync(sandbox.PathOf("small.back")));

        await Succeed(b, "s3", "rb", "--force", "s3://cli-replicas");
        var gone = await a.RunAsync("s3", "ls", "s3://cli-replicas");
        Assert.NotEqual(0, gone.ExitCode);
        Assert.Contains("NoSuchBucket", gone.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-replicas", await Succeed(a, "s3", "ls"), StringComparison.Ordinal);
    }

    private static async Task<string> Succeed(AwsCli cli, params string[] arguments)
    {
        var result = await cli.RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        return result.Stdout;
    }
}
