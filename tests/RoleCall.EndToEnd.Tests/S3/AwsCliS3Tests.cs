using System.Security.Cryptography;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.S3;

/// <summary>
/// Issue 11, item 2: the AWS CLI v1 as an independent client of serve's S3: mb, cp (0 B, 1 KiB, and 20 MiB,
/// which the CLI sends as a multipart upload above 8 MiB), ls, sync, presign, rm, rb, and s3api.
/// </summary>
public sealed class AwsCliS3Tests
{
    [Fact]
    public async Task Should_round_trip_files_of_0_bytes_1_KiB_and_20_MiB_through_cp_ls_sync_rm_and_rb()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials);
        var files = new Dictionary<string, int> { ["zero.bin"] = 0, ["one-kib.bin"] = 1024, ["twenty-mib.bin"] = 20 * 1024 * 1024 };
        var upload = Directory.CreateDirectory(sandbox.PathOf("up")).FullName;
        foreach (var (name, size) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(upload, name), RandomNumberGenerator.GetBytes(size));
        }

        await Ok(aws, "s3", "mb", "s3://demo-files");
        foreach (var name in files.Keys)
        {
            await Ok(aws, "s3", "cp", Path.Combine(upload, name), $"s3://demo-files/in/{name}");
        }

        var listing = await Ok(aws, "s3", "ls", "s3://demo-files/in/");
        Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +0 zero.bin", listing);
        Assert.Matches(@" +1024 one-kib.bin", listing);
        Assert.Matches(@" +20971520 twenty-mib.bin", listing);
        Assert.Contains("PRE in/", await Ok(aws, "s3", "ls", "s3://demo-files"), StringComparison.Ordinal);

        // The multipart ETag ("md5-N") and the parts joined in order.
        var head = await aws.JsonAsync("s3api", "head-object", "--bucket", "demo-files", "--key", "in/twenty-mib.bin");
        Assert.Matches("^\"[0-9a-f]{32}-3\"$", head!.Value.GetProperty("ETag").GetString()!);

        var download = Directory.CreateDirectory(sandbox.PathOf("down")).FullName;
        await Ok(aws, "s3", "sync", "s3://demo-files/in", download);
        foreach (var name in files.Keys)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(upload, name)), await File.ReadAllBytesAsync(Path.Combine(download, name)));
        }

        // sync again: nothing to copy.
        Assert.Equal(string.Empty, (await Ok(aws, "s3", "sync", upload, "s3://demo-files/in")).Trim());

        var notEmpty = await aws.RunAsync("s3", "rb", "s3://demo-files");
        Assert.Contains("BucketNotEmpty", notEmpty.Stderr, StringComparison.Ordinal);
        await Ok(aws, "s3", "rm", "s3://demo-files/in/", "--recursive");
        await Ok(aws, "s3", "rb", "s3://demo-files");
        Assert.DoesNotContain("demo-files", await Ok(aws, "s3", "ls"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_a_presigned_url_until_it_expires()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials);
        await File.WriteAllTextAsync(sandbox.PathOf("note.txt"), "presigned hello");
        await Ok(aws, "s3", "mb", "s3://presign-demo");
        await Ok(aws, "s3", "cp", sandbox.PathOf("note.txt"), "s3://presign-demo/note.txt");

        var url = (await Ok(aws, "s3", "presign", "s3://presign-demo/note.txt", "--expires-in", "60")).Trim();
        using var http = new HttpClient();
        Assert.Equal("presigned hello", await http.GetStringAsync(new Uri(url)));

        var tampered = url.Replace("note.txt", "other.txt", StringComparison.Ordinal);
        using var refused = await http.GetAsync(new Uri(tampered));
        Assert.Equal(403, (int)refused.StatusCode);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_s3api_errors_in_s3s_codes()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials);
        await Ok(aws, "s3api", "create-bucket", "--bucket", "errors-demo");

        // us-east-1 is not a location constraint; outside us-east-1 creating one's own bucket again is an error.
        Assert.Contains("(InvalidLocationConstraint)", (await aws.RunAsync("s3api", "create-bucket", "--bucket", "other-demo", "--create-bucket-configuration", "LocationConstraint=us-east-1")).Stderr, StringComparison.Ordinal);
        string[] inIreland = ["s3api", "create-bucket", "--bucket", "irish-demo", "--region", "eu-west-1", "--create-bucket-configuration", "LocationConstraint=eu-west-1"];
        await Ok(aws, inIreland);
        Assert.Contains("(BucketAlreadyOwnedByYou)", (await aws.RunAsync(inIreland)).Stderr, StringComparison.Ordinal);
        Assert.Equal("eu-west-1", (await aws.JsonAsync("s3api", "get-bucket-location", "--bucket", "irish-demo"))!.Value.GetProperty("LocationConstraint").GetString());
        Assert.Contains("An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
            (await aws.RunAsync("s3api", "get-object", "--bucket", "errors-demo", "--key", "missing", sandbox.PathOf("out"))).Stderr, StringComparison.Ordinal);
        Assert.Contains("(NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist",
            (await aws.RunAsync("s3api", "list-objects-v2", "--bucket", "no-such-bucket-here")).Stderr, StringComparison.Ordinal);
        Assert.Contains("(InvalidBucketName)", (await aws.RunAsync("s3api", "create-bucket", "--bucket", "Bad_Name")).Stderr, StringComparison.Ordinal);
        Assert.Contains("(NotImplemented)", (await aws.RunAsync("s3api", "get-bucket-versioning", "--bucket", "errors-demo")).Stderr, StringComparison.Ordinal);
    }

    private static async Task<string> Ok(AwsCli aws, params string[] arguments)
    {
        // Transfer commands print progress lines unless told not to.
        string[] quiet = arguments is ["s3", "cp" or "sync" or "rm" or "mv", ..] ? ["--only-show-errors"] : [];
        var result = await aws.RunAsync([.. arguments, .. quiet]);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        return result.Stdout;
    }
}
