using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using RoleCall.Protocol.Checksums;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.S3;

/// <summary>
/// Issue 11, "Verify": each bad input gets S3's own error code and HTTP status, and leaves no object behind.
/// The requests are signed correctly except for the one thing each test breaks.
/// </summary>
public sealed class S3BadInputTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private LocalServer _server = null!;
    private S3Wire _wire = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        _wire = new S3Wire(_server.Url, _server.Credentials);
        await Expect(_wire.Signed("PUT", "/bad-input", null).Request, 200);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_store_an_aws_chunked_upload_whose_chunk_signatures_verify()
    {
        var data = RandomNumberGenerator.GetBytes(200_000);
        await Expect(_wire.ChunkedPut("/bad-input/chunked", data, 65536), 200);
        using var get = await Http.SendAsync(_wire.Signed("GET", "/bad-input/chunked", null).Request);
        Assert.Equal(data, await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Should_refuse_a_wrong_chunk_signature_with_SignatureDoesNotMatch_403_and_keep_nothing()
    {
        var body = await Expect(_wire.ChunkedPut("/bad-input/forged", RandomNumberGenerator.GetBytes(200_000), 65536, corruptChunk: 1), 403);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", body, StringComparison.Ordinal);
        await ExpectMissing("forged");
    }

    [Fact]
    public async Task Should_refuse_a_bad_Content_MD5_with_BadDigest_400_and_a_malformed_one_with_InvalidDigest_400()
    {
        var data = "hello"u8.ToArray();
        var otherMd5 = Md5("other"u8.ToArray());
        var bad = await Expect(_wire.Signed("PUT", "/bad-input/md5", data, null, ("Content-MD5", otherMd5)).Request, 400);
        Assert.Contains("<Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received.</Message>", bad, StringComparison.Ordinal);
        var malformed = await Expect(_wire.Signed("PUT", "/bad-input/md5", data, null, ("Content-MD5", "not-base64!")).Request, 400);
        Assert.Contains("<Code>InvalidDigest</Code>", malformed, StringComparison.Ordinal);
        await ExpectMissing("md5");

        var good = Md5(data);
        await Expect(_wire.Signed("PUT", "/bad-input/md5", data, null, ("Content-MD5", good)).Request, 200);
    }

    [Fact]
    public async Task Should_refuse_a_body_that_does_not_match_its_signed_x_amz_content_sha256_with_400()
    {
        var claimed = Convert.ToHexStringLower(SHA256.HashData("what was signed"u8));
        var body = await Expect(_wire.Signed("PUT", "/bad-input/sha", "what was sent"u8.ToArray(), claimed).Request, 400);
        Assert.Contains("<Code>XAmzContentSHA256Mismatch</Code>", body, StringComparison.Ordinal);
        Assert.Contains($"<ClientComputedContentSHA256>{claimed}</ClientComputedContentSHA256>", body, StringComparison.Ordinal);
        await ExpectMissing("sha");
    }

    [Fact]
    public async Task Should_check_flexible_checksums_from_a_header_and_from_an_aws_chunked_trailer()
    {
        var data = "checksummed"u8.ToArray();
        using var crc = new Checksum(ChecksumAlgorithm.Crc32);
        crc.Append(data);
        var right = crc.ToBase64();
        var wrong = Convert.ToBase64String(new byte[4]);

        var header = await Expect(_wire.Signed("PUT", "/bad-input/crc", data, null, ("x-amz-checksum-crc32", wrong)).Request, 400);
        Assert.Contains("<Code>BadDigest</Code><Message>The CRC32 you specified did not match the calculated checksum.</Message>", header, StringComparison.Ordinal);
        var trailer = await Expect(_wire.TrailerPut("/bad-input/crc", data, wrong), 400);
        Assert.Contains("<Code>BadDigest</Code>", trailer, StringComparison.Ordinal);
        await ExpectMissing("crc");

        await Expect(_wire.TrailerPut("/bad-input/crc", data, right), 200);
        using var head = await Http.SendAsync(_wire.Signed("HEAD", "/bad-input/crc", null, null, ("x-amz-checksum-mode", "ENABLED")).Request);
        Assert.Equal(right, head.Headers.GetValues("x-amz-checksum-crc32").Single());
    }

    [Theory]
    [InlineData("/Bad_Bucket")]
    [InlineData("/ab")]
    [InlineData("/bucket..name")]
    [InlineData("/192.168.1.1")]
    public async Task Should_refuse_invalid_bucket_names_with_InvalidBucketName_400(string path)
    {
        var body = await Expect(_wire.Signed("PUT", path, null).Request, 400);
        Assert.Contains("<Code>InvalidBucketName</Code><Message>The specified bucket is not valid.</Message>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_key_over_1024_bytes_with_KeyTooLongError_400()
    {
        var body = await Expect(_wire.Signed("PUT", "/bad-input/" + new string('k', 1025), "x"u8.ToArray()).Request, 400);
        Assert.Contains("<Code>KeyTooLongError</Code><Message>Your key is too long</Message>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_a_body_shorter_than_its_Content_Length_with_IncompleteBody_400_and_keep_nothing()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(_wire.RawPutHead("/bad-input/short", 1000)));
        await stream.WriteAsync(new byte[100]);

        // The client stalls with the connection open; after Kestrel's minimum-data-rate grace (5 s) the server answers.
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var response = Encoding.UTF8.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.Contains("<Code>IncompleteBody</Code><Message>You did not provide the number of bytes specified by the Content-Length HTTP header</Message>", response, StringComparison.Ordinal);
        await ExpectMissing("short");
    }

    [Fact]
    public async Task Should_refuse_a_chunked_body_without_Content_Length_with_MissingContentLength_411_and_keep_nothing()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
        var stream = client.GetStream();
        var head = _wire.RawPutHead("/bad-input/unsized", 5).Replace("Content-Length: 5", "Transfer-Encoding: chunked", StringComparison.Ordinal);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "5\r\nhello\r\n0\r\n\r\n"));

        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var response = Encoding.UTF8.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 411", response, StringComparison.Ordinal);
        Assert.Contains("<Code>MissingContentLength</Code><Message>You must provide the Content-Length HTTP header.</Message>", response, StringComparison.Ordinal);
        await ExpectMissing("unsized");
    }

    private static string Md5(byte[] data)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(data);
        return Convert.ToBase64String(md5.GetHashAndReset());
    }

    private async Task ExpectMissing(string key)
    {
        using var response = await Http.SendAsync(_wire.Signed("GET", "/bad-input/" + key, null).Request);
        Assert.Equal(404, (int)response.StatusCode);
    }

    private static async Task<string> Expect(HttpRequestMessage request, int status)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
            return body;
        }
    }
}
