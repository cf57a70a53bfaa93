using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.S3;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// Issue 11: `kill -9` of serve (a child process on a data directory) while a 200 MiB PUT and a multipart part
/// are halfway in. After a restart on the same directory every acknowledged object and part is intact, nothing
/// half-written is visible, and neither a temporary body nor a committed body that no row names is left behind.
/// </summary>
public sealed class S3CrashTests
{
    private const int MiB = 1024 * 1024;
    private static readonly AwsCredentials Root = new("AKIACRASHTEST0000001", "crashTestSecretKey0000000000000000000001");

    [Fact]
    public async Task Should_keep_every_acknowledged_object_and_show_no_partial_one_after_kill_9_mid_upload()
    {
        var data = Directory.CreateTempSubdirectory("rolecall-crash-").FullName;
        var small = RandomNumberGenerator.GetBytes(1024);
        var large = RandomNumberGenerator.GetBytes(9 * MiB);
        var part1 = RandomNumberGenerator.GetBytes(5 * MiB);
        try
        {
            string uploadId, part1ETag;
            using (var serve = await ServeChild.StartAsync(data, Root))
            {
                using var s3 = Client(serve.Url);
                await s3.PutBucketAsync("crash-bkt");
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "crash-bkt", Key = "acked/small", InputStream = new MemoryStream(small) });
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "crash-bkt", Key = "acked/large", InputStream = new MemoryStream(large) });
                uploadId = (await s3.InitiateMultipartUploadAsync("crash-bkt", "pending/multi")).UploadId;
                part1ETag = (await s3.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = "crash-bkt", Key = "pending/multi", UploadId = uploadId, PartNumber = 1, InputStream = new MemoryStream(part1),
                })).ETag;

                using var stop = new CancellationTokenSource();
                using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
                var wire = new S3Wire(serve.Url, Root);
                var single = Stalled(http, wire, "/crash-bkt/inflight/single", 200L * MiB, 40L * MiB, stop.Token);
                var part2 = Stalled(http, wire, $"/crash-bkt/pending/multi?partNumber=2&uploadId={uploadId}", 20L * MiB, 8L * MiB, stop.Token);
                await WaitForTemporaryBytesAsync(data, 44L * MiB);

                serve.KillHard();
                await stop.CancelAsync();
                await Task.WhenAll(single, part2);
            }

            // A body renamed into place whose row the crash prevented (the window is too short to hit by timing).
            var orphan = Path.Combine(data, "s3-objects", "ab", "ab" + new string('0', 30));
            Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
            await File.WriteAllBytesAsync(orphan, small);

            using (var serve = await ServeChild.StartAsync(data, Root))
            {
                using var s3 = Client(serve.Url);
                var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "crash-bkt" });
                Assert.Equal(["acked/large", "acked/small"], listed.S3Objects.Select(o => o.Key));
                Assert.Equal(small, await BodyAsync(s3, "acked/small"));
                Assert.Equal(large, await BodyAsync(s3, "acked/large"));
                var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.GetObjectMetadataAsync("crash-bkt", "inflight/single"));
                Assert.Equal(404, (int)missing.StatusCode);

                var parts = await s3.ListPartsAsync(new ListPartsRequest { BucketName = "crash-bkt", Key = "pending/multi", UploadId = uploadId });
                var part = Assert.Single(parts.Parts);
                Assert.Equal((1, part1ETag, (long)part1.Length), (part.PartNumber!.Value, part.ETag, part.Size!.Value));
                await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
                {
                    BucketName = "crash-bkt", Key = "pending/multi", UploadId = uploadId, PartETags = [new PartETag(1, part1ETag)],
                });
                Assert.Equal(part1, await BodyAsync(s3, "pending/multi"));
                Assert.Empty(Directory.EnumerateFiles(Path.Combine(data, "s3-objects", "tmp")));
                Assert.False(File.Exists(orphan), "a body no row names survived the restart");
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A PUT that stalls after <paramref name="sent"/> bytes; it ends when the server dies or the test stops it.</summary>
    private static async Task Stalled(HttpClient http, S3Wire wire, string pathAndQuery, long declared, long sent, CancellationToken stop)
    {
        var (request, _, _) = wire.Signed("PUT", pathAndQuery, null, "UNSIGNED-PAYLOAD");
        request.Content = new StallingContent(declared, sent, stop);
        try
        {
            using var response = await http.SendAsync(request, stop);
            Assert.Fail($"the stalled upload {pathAndQuery} was answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server was killed under it: what the test wants.
        }
        finally
        {
            request.Dispose();
        }
    }

    private static async Task WaitForTemporaryBytesAsync(string data, long bytes)
    {
        var temp = Path.Combine(data, "s3-objects", "tmp");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.EnumerateFiles(temp).Sum(f => new FileInfo(f).Length) < bytes)
        {
            Assert.True(DateTime.UtcNow < deadline, "the in-flight uploads never reached the server's temporary files");
            await Task.Delay(50);
        }
    }

    private static async Task<byte[]> BodyAsync(AmazonS3Client s3, string key)
    {
        using var got = await s3.GetObjectAsync("crash-bkt", key);
        using var copy = new MemoryStream();
        await got.ResponseStream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static AmazonS3Client Client(Uri url) =>
        new(new BasicAWSCredentials(Root.AccessKeyId, Root.SecretAccessKey),
            new AmazonS3Config { ServiceURL = url.ToString(), AuthenticationRegion = "us-east-1", ForcePathStyle = true, MaxErrorRetry = 0 });
}
