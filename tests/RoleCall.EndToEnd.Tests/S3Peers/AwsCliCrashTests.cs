using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.Server.Support;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// Issue 11, "kill serve with kill -9 in the middle of a 1 GiB upload" (what bench/load/s3ec2/crash.sh does by
/// hand), with the AWS CLI v2 as the client: objects are acknowledged (1 KiB, a 20 MiB multipart upload, a
/// 9 MiB single PUT), then the CLI uploads a 1 GiB file twice at once (`s3 cp`: multipart, 8 MiB parts, 10
/// in flight; `s3api put-object`: one streamed PUT), and serve (a child process on a data directory) gets
/// SIGKILL once 512 MiB of them reached its disk. After a restart on the same directory: every acknowledged
/// object reads back byte for byte with its ETag; neither 1 GiB key exists; the interrupted multipart upload
/// holds only whole parts, each the MD5 of its slice of the file; no temporary body is left; and the body files
/// hold exactly the bytes that objects and parts name (aborting the upload then leaves only the objects').
/// </summary>
public sealed class AwsCliCrashTests
{
    private const long MiB = 1024 * 1024;
    private const long Size = 1024 * MiB;
    private const long PartSize = 8 * MiB;
    private static readonly AwsCredentials Root = new("AKIACRASHTEST0000002", "crashTestSecretKey0000000000000000000002");

    [Fact]
    public async Task Should_keep_acknowledged_objects_and_whole_parts_only_after_kill_9_in_a_1_GiB_aws_cli_upload()
    {
        using var sandbox = new ClientSandbox();
        var data = sandbox.PathOf("data");
        var files = new Dictionary<string, byte[]>
        {
            ["acked/small"] = RandomNumberGenerator.GetBytes(1024),
            ["acked/multi"] = RandomNumberGenerator.GetBytes(20 * (int)MiB),
            ["acked/single"] = RandomNumberGenerator.GetBytes(9 * (int)MiB),
        };
        var big = sandbox.PathOf("big.bin");
        WriteBigFile(big);
        var etags = new Dictionary<string, string>();

        using (var serve = await ServeChild.StartAsync(data, Root))
        {
            var aws = new AwsCli(sandbox, serve.Url, Root, AwsCli.V2);
            await OkAsync(aws, "s3", "mb", "s3://crash");
            foreach (var (key, bytes) in files)
            {
                await File.WriteAllBytesAsync(sandbox.PathOf("up.bin"), bytes);
                string[] upload = key == "acked/single"
                    ? ["s3api", "put-object", "--bucket", "crash", "--key", key, "--body", sandbox.PathOf("up.bin")]
                    : ["s3", "cp", sandbox.PathOf("up.bin"), "s3://crash/" + key];
                await OkAsync(aws, upload);
                etags[key] = Json(await aws.JsonAsync("s3api", "head-object", "--bucket", "crash", "--key", key)).GetProperty("ETag").GetString()!;
            }

            Assert.EndsWith("-3\"", etags["acked/multi"], StringComparison.Ordinal);
            var before = BodyBytes(data);
            using var multipart = StartCli(sandbox, serve.Url, "s3", "cp", big, "s3://crash/inflight/cli");
            using var single = StartCli(sandbox, serve.Url, "s3api", "put-object", "--bucket", "crash", "--key", "inflight/single", "--body", big);
            try
            {
                var waited = Stopwatch.StartNew();
                while (BodyBytes(data) - before < Size / 2)
                {
                    Assert.False(multipart.HasExited || single.HasExited, "a 1 GiB upload ended before serve was killed");
                    Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the uploads did not reach 512 MiB within 2 minutes");
                    await Task.Delay(20);
                }

                serve.KillHard();
            }
            finally
            {
                multipart.Kill(entireProcessTree: true);
                single.Kill(entireProcessTree: true);
            }
        }

        using (var serve = await ServeChild.StartAsync(data, Root))
        {
            var aws = new AwsCli(sandbox, serve.Url, Root, AwsCli.V2);
            var listed = Json(await aws.JsonAsync("s3api", "list-objects-v2", "--bucket", "crash")).GetProperty("Contents").EnumerateArray().ToList();
            Assert.Equal(["acked/multi", "acked/single", "acked/small"], listed.Select(o => o.GetProperty("Key").GetString()));
            foreach (var (key, bytes) in files)
            {
                var got = Json(await aws.JsonAsync("s3api", "get-object", "--bucket", "crash", "--key", key, sandbox.PathOf("down.bin")));
                Assert.Equal(etags[key], got.GetProperty("ETag").GetString());
                var back = await File.ReadAllBytesAsync(sandbox.PathOf("down.bin"));
                Assert.True(bytes.SequenceEqual(back), $"{key} changed");
            }

            foreach (var key in (string[])["inflight/cli", "inflight/single"])
            {
                var head = await aws.RunAsync("s3api", "head-object", "--bucket", "crash", "--key", key);
                Assert.True(head.ExitCode == 254 && head.Stderr.Contains("(404)", StringComparison.Ordinal), $"{key}: {head.ExitCode} {head.Stderr}");
            }

            var upload = Assert.Single(Json(await aws.JsonAsync("s3api", "list-multipart-uploads", "--bucket", "crash")).GetProperty("Uploads").EnumerateArray());
            Assert.Equal("inflight/cli", upload.GetProperty("Key").GetString());
            var uploadId = upload.GetProperty("UploadId").GetString()!;
            var parts = Json(await aws.JsonAsync("s3api", "list-parts", "--bucket", "crash", "--key", "inflight/cli", "--upload-id", uploadId));
            var partSizes = await CheckPartsAsync(big, parts);
            var objectSizes = listed.Sum(o => o.GetProperty("Size").GetInt64());
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(data, "s3-objects", "tmp")));
            Assert.Equal(objectSizes + partSizes, BodyBytes(data));

            await aws.JsonAsync("s3api", "abort-multipart-upload", "--bucket", "crash", "--key", "inflight/cli", "--upload-id", uploadId);
            Assert.Equal(objectSizes, BodyBytes(data));
        }
    }

    /// <summary>Every listed part is a whole 8 MiB part whose ETag is the MD5 of its slice of the file; returns their bytes.</summary>
    private static async Task<long> CheckPartsAsync(string big, JsonElement parts)
    {
        long total = 0;
        await using var file = File.OpenRead(big);
        var slice = new byte[PartSize];
        foreach (var part in parts.TryGetProperty("Parts", out var list) ? list.EnumerateArray() : default)
        {
            var number = part.GetProperty("PartNumber").GetInt32();
            Assert.Equal(PartSize, part.GetProperty("Size").GetInt64());
            file.Position = (number - 1) * PartSize;
            await file.ReadExactlyAsync(slice);
#pragma warning disable CA5351 // S3's part ETag is the MD5 of the part: the value to compare with, not a security use.
            Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(slice))}\"", part.GetProperty("ETag").GetString());
#pragma warning restore CA5351
            total += PartSize;
        }

        return total;
    }

    /// <summary>1 GiB of seeded pseudo-random bytes (no two parts alike), written in 1 MiB blocks.</summary>
    private static void WriteBigFile(string path)
    {
        var random = new Random(11);
        var block = new byte[MiB];
        using var file = File.Create(path);
        for (long written = 0; written < Size; written += block.Length)
        {
            random.NextBytes(block);
            file.Write(block);
        }
    }

    /// <summary>Bytes of every file under the data directory's s3-objects (bodies, parts and temporary bodies).</summary>
    private static long BodyBytes(string data)
    {
        var objects = Path.Combine(data, "s3-objects");
        return Directory.Exists(objects)
            ? Directory.EnumerateFiles(objects, "*", SearchOption.AllDirectories).Sum(f => { try { return new FileInfo(f).Length; } catch (IOException) { return 0L; } })
            : 0;
    }

    private static Process StartCli(ClientSandbox sandbox, Uri endpoint, params string[] arguments)
    {
        var start = new ProcessStartInfo(AwsCli.V2) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = sandbox.Directory };
        foreach (var argument in (string[])["--endpoint-url", endpoint.ToString().TrimEnd('/'), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in sandbox.Environment(Root, endpoint))
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("this test needs the AWS CLI v2 as /usr/bin/aws: apt-get install -y awscli", e);
        }

        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task OkAsync(AwsCli aws, params string[] arguments)
    {
        var result = await aws.RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"aws v2 {string.Join(' ', arguments)} exited {result.ExitCode}: {result.Stderr}");
    }

    private static JsonElement Json(JsonElement? element) => element ?? throw new InvalidOperationException("the AWS CLI printed nothing");
}
