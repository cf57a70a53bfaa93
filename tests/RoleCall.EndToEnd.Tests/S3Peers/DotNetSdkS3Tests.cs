using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// The AWS SDK for .NET (AWSSDK.S3 4.x) as an independent client of serve's S3: PutObject over plain HTTP goes
/// out aws-chunked with a signature on every chunk (with and without its CRC32 trailer), GetObject and
/// ListObjectsV2 read it back, and TransferUtility uploads and downloads a multipart file.
/// </summary>
public sealed class DotNetSdkS3Tests
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [InlineData(RequestChecksumCalculation.WHEN_SUPPORTED, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER")]
    [InlineData(RequestChecksumCalculation.WHEN_REQUIRED, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")]
    public async Task Should_store_a_signed_streaming_put_and_read_it_back(RequestChecksumCalculation checksums, string payloadMode)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        var wire = new WireRecorder();
        using var s3 = Client(server, wire, checksums);
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = "sdk-bkt" });
        var data = RandomNumberGenerator.GetBytes((3 * MiB) + 777);

        var put = await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = "sdk-bkt",
            Key = "dir/ü file+1.bin",
            InputStream = new MemoryStream(data),
            ContentType = "application/x-test",
            Metadata = { ["origin"] = "dotnet" },
        });
        using var got = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "sdk-bkt", Key = "dir/ü file+1.bin" });
        using var read = new MemoryStream();
        await got.ResponseStream.CopyToAsync(read);
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "sdk-bkt", Prefix = "dir/" });

        Assert.Equal(payloadMode, wire.PayloadModeOf("PUT", "/sdk-bkt/dir/"));
        Assert.Equal(Md5Hex(data), put.ETag.Trim('"'));
        Assert.Equal(data, read.ToArray());
        Assert.Equal("application/x-test", got.Headers.ContentType);
        Assert.Equal("dotnet", got.Metadata["origin"]);
        var entry = Assert.Single(listed.S3Objects);
        Assert.Equal(("dir/ü file+1.bin", (long)data.Length), (entry.Key, entry.Size!.Value));
    }

    [Fact]
    public async Task Should_upload_and_download_a_multipart_file_with_transfer_utility()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var s3 = Client(server, new WireRecorder(), RequestChecksumCalculation.WHEN_SUPPORTED);
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = "sdk-transfer" });
        var folder = Directory.CreateTempSubdirectory("rolecall-sdk-").FullName;
        try
        {
            var source = Path.Combine(folder, "up.bin");
            await File.WriteAllBytesAsync(source, RandomNumberGenerator.GetBytes((12 * MiB) + 4321));
            using var transfer = new TransferUtility(s3, new TransferUtilityConfig { MinSizeBeforePartUpload = 5 * MiB, ConcurrentServiceRequests = 3 });

            await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = "sdk-transfer", Key = "big/up.bin", FilePath = source, PartSize = 5 * MiB });
            var head = await s3.GetObjectMetadataAsync("sdk-transfer", "big/up.bin");
            var target = Path.Combine(folder, "down.bin");
            await transfer.DownloadAsync(new TransferUtilityDownloadRequest { BucketName = "sdk-transfer", Key = "big/up.bin", FilePath = target });

            Assert.EndsWith("-3\"", head.ETag, StringComparison.Ordinal);
            Assert.Equal(new FileInfo(source).Length, head.ContentLength);
            Assert.Equal(SHA256.HashData(await File.ReadAllBytesAsync(source)), SHA256.HashData(await File.ReadAllBytesAsync(target)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>S3's ETag of a single-part object (MD5 as an identifier, not for security).</summary>
    private static string Md5Hex(byte[] data)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(data);
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    private static AmazonS3Client Client(LocalServer server, WireRecorder wire, RequestChecksumCalculation checksums) =>
        new(new BasicAWSCredentials(server.Credentials.AccessKeyId, server.Credentials.SecretAccessKey), new AmazonS3Config
        {
            ServiceURL = server.Url.ToString(),
            AuthenticationRegion = "us-east-1",
            ForcePathStyle = true,
            RequestChecksumCalculation = checksums,
            HttpClientFactory = wire,
            MaxErrorRetry = 0,
        });
}
