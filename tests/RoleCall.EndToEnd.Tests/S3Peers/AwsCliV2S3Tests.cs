using System.Security.Cryptography;
using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// Issue 11: the AWS CLI v2 (/usr/bin/aws 2.9, which ignores AWS_ENDPOINT_URL: --endpoint-url is passed) as an
/// independent client of serve's S3: `s3 cp` both ways of 0 B and of 20 MiB (multipart above 8 MiB) with an odd
/// key, `s3 ls`, and `s3api` head-object, ranged get-object, copy-object, delete-objects and object tagging.
/// </summary>
public sealed class AwsCliV2S3Tests
{
    [Fact]
    public async Task Should_copy_list_and_manage_objects_for_the_aws_cli_v2()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials, AwsCli.V2);
        var big = sandbox.PathOf("big.bin");
        await File.WriteAllBytesAsync(big, RandomNumberGenerator.GetBytes(20 * 1024 * 1024));
        await File.WriteAllBytesAsync(sandbox.PathOf("zero.bin"), []);

        await Ok(aws, "s3", "mb", "s3://v2-bkt");
        await Ok(aws, "s3", "cp", big, "s3://v2-bkt/dir/é x+20.bin");
        await Ok(aws, "s3", "cp", sandbox.PathOf("zero.bin"), "s3://v2-bkt/zero");
        await Ok(aws, "s3", "cp", sandbox.PathOf("zero.bin"), "s3://v2-bkt/zero-again");
        await Ok(aws, "s3", "cp", "s3://v2-bkt/dir/é x+20.bin", sandbox.PathOf("back.bin"));
        await Ok(aws, "s3", "cp", "s3://v2-bkt/zero", sandbox.PathOf("zero-back.bin"));
        var listing = await Ok(aws, "s3", "ls", "s3://v2-bkt", "--recursive");

        Assert.Equal(await File.ReadAllBytesAsync(big), await File.ReadAllBytesAsync(sandbox.PathOf("back.bin")));
        Assert.Equal(0, new FileInfo(sandbox.PathOf("zero-back.bin")).Length);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d   20971520 dir/é x\+20\.bin\n.* +0 zero\n.* +0 zero-again\n$", listing);

        var head = (await aws.JsonAsync("s3api", "head-object", "--bucket", "v2-bkt", "--key", "dir/é x+20.bin"))!.Value;
        Assert.Matches("^\"[0-9a-f]{32}-3\"$", head.GetProperty("ETag").GetString()!);
        var part = (await aws.JsonAsync("s3api", "get-object", "--bucket", "v2-bkt", "--key", "dir/é x+20.bin", "--range", "bytes=100-199", sandbox.PathOf("part.bin")))!.Value;
        Assert.Equal("bytes 100-199/20971520", part.GetProperty("ContentRange").GetString());
        Assert.Equal((await File.ReadAllBytesAsync(big))[100..200], await File.ReadAllBytesAsync(sandbox.PathOf("part.bin")));

        await aws.JsonAsync("s3api", "copy-object", "--bucket", "v2-bkt", "--key", "copied", "--copy-source", "v2-bkt/dir/é x+20.bin",
            "--metadata-directive", "REPLACE", "--metadata", "k=v", "--content-type", "text/x-copied");
        var copied = (await aws.JsonAsync("s3api", "head-object", "--bucket", "v2-bkt", "--key", "copied"))!.Value;
        Assert.Equal(("text/x-copied", "v", 20971520L), (copied.GetProperty("ContentType").GetString(), copied.GetProperty("Metadata").GetProperty("k").GetString(), copied.GetProperty("ContentLength").GetInt64()));

        await aws.JsonAsync("s3api", "put-object-tagging", "--bucket", "v2-bkt", "--key", "copied", "--tagging", "TagSet=[{Key=team,Value=blue}]");
        var tags = (await aws.JsonAsync("s3api", "get-object-tagging", "--bucket", "v2-bkt", "--key", "copied"))!.Value;
        Assert.Equal("""[{"Key":"team","Value":"blue"}]""", tags.GetProperty("TagSet").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

        var deleted = (await aws.JsonAsync("s3api", "delete-objects", "--bucket", "v2-bkt", "--delete", """{"Objects":[{"Key":"zero"},{"Key":"missing"}]}"""))!.Value;
        Assert.Equal(["zero", "missing"], deleted.GetProperty("Deleted").EnumerateArray().Select(d => d.GetProperty("Key").GetString()));
        var missing = await aws.RunAsync("s3api", "head-object", "--bucket", "v2-bkt", "--key", "zero");
        Assert.Equal(254, missing.ExitCode);
        Assert.Contains("(404)", missing.Stderr, StringComparison.Ordinal);
    }

    private static async Task<string> Ok(AwsCli aws, params string[] arguments)
    {
        var result = await aws.RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"aws v2 {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        return result.Stdout;
    }
}
