using System.Security.Cryptography;
using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.S3;

/// <summary>
/// Issue 11: UploadPartCopy as the real clients use it. `aws s3 cp s3://a/big s3://b/big` of an object above the
/// CLI's 8 MiB threshold copies it part by part (CreateMultipartUpload, UploadPartCopy with x-amz-copy-source-range,
/// CompleteMultipartUpload), in the AWS CLI v1 and v2; boto3's managed `copy` does the same with its own part size.
/// The copy's ETag is the multipart ETag of the copied ranges and its bytes are the source's.
/// </summary>
public sealed class PartCopyClientTests
{
    private const int CliPart = 8 * 1024 * 1024;

    [Theory]
    [InlineData("aws")]
    [InlineData(AwsCli.V2)]
    public async Task Should_copy_an_object_above_8_MiB_bucket_to_bucket_with_the_AWS_CLI(string tool)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials, tool);
        var bytes = RandomNumberGenerator.GetBytes((2 * CliPart) + (4 * 1024 * 1024) + 1);
        await File.WriteAllBytesAsync(sandbox.PathOf("big.bin"), bytes);
        await Ok(aws, "s3", "mb", "s3://copy-from");
        await Ok(aws, "s3", "mb", "s3://copy-to");
        await Ok(aws, "s3", "cp", sandbox.PathOf("big.bin"), "s3://copy-from/big.bin", "--content-type", "application/x-demo");

        await Ok(aws, "s3", "cp", "s3://copy-from/big.bin", "s3://copy-to/big.bin");

        var head = (await aws.JsonAsync("s3api", "head-object", "--bucket", "copy-to", "--key", "big.bin"))!.Value;
        Assert.Equal(MultipartETag(bytes, CliPart), head.GetProperty("ETag").GetString());
        Assert.Equal(bytes.Length, head.GetProperty("ContentLength").GetInt64());
        // The CLI names the copy's Content-Type in CreateMultipartUpload: v2 (2.9) takes the source's from HeadObject,
        // v1 (1.45) guesses one from the key's extension.
        Assert.Equal(tool == AwsCli.V2 ? "application/x-demo" : "application/octet-stream", head.GetProperty("ContentType").GetString());
        await Ok(aws, "s3", "rm", "s3://copy-from/big.bin");
        await Ok(aws, "s3", "cp", "s3://copy-to/big.bin", sandbox.PathOf("back.bin"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(sandbox.PathOf("back.bin")));
    }

    [Fact]
    public async Task Should_copy_with_boto3s_managed_copy_and_answer_upload_part_copy_errors_as_S3()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("s3_part_copy.py")],
            sandbox.Environment(server.Credentials, server.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"s3_part_copy.py exited {result.ExitCode}: {result.Stderr}");
        using var facts = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var root = facts.RootElement;

        Assert.True(root.GetProperty("same_bytes").GetBoolean());
        Assert.Equal(root.GetProperty("expected_etag").GetString(), root.GetProperty("etag").GetString());
        Assert.Matches("-3\"$", root.GetProperty("etag").GetString()!);
        Assert.Equal(root.GetProperty("range_md5").GetString(), root.GetProperty("range_part_etag").GetString());
        Assert.Equal("InvalidArgument 400", root.GetProperty("malformed_range").GetString());
        Assert.Equal("InvalidArgument 400", root.GetProperty("range_past_end").GetString());
        Assert.Equal("PreconditionFailed 412", root.GetProperty("if_match_other").GetString());
        Assert.Equal("PreconditionFailed 412", root.GetProperty("if_none_match_same").GetString());
        Assert.Equal("ok", root.GetProperty("if_match_same").GetString());
        Assert.Equal("NoSuchKey 404", root.GetProperty("missing_source").GetString());
        Assert.Equal("NoSuchUpload 404", root.GetProperty("missing_upload").GetString());
    }

    /// <summary>S3's ETag of a multipart object: the MD5 of the parts' binary MD5s, then `-N`.</summary>
    private static string MultipartETag(byte[] bytes, int partSize)
    {
        using var part = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var parts = 0;
        for (var offset = 0; offset < bytes.Length; offset += partSize, parts++)
        {
            part.AppendData(bytes.AsSpan(offset, Math.Min(partSize, bytes.Length - offset)));
            all.AppendData(part.GetHashAndReset());
        }

        return $"\"{Convert.ToHexStringLower(all.GetHashAndReset())}-{parts}\"";
    }

    private static async Task<string> Ok(AwsCli aws, params string[] arguments)
    {
        string[] quiet = arguments is ["s3", "cp" or "rm", ..] ? ["--only-show-errors"] : [];
        var result = await aws.RunAsync([.. arguments, .. quiet]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
        return result.Stdout;
    }
}
