using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>boto3 (Scripts/s3_peer.py) as an independent client of serve's S3: its transfer manager and one kept-alive connection.</summary>
public sealed class Boto3S3Tests
{
    [Fact]
    public async Task Should_upload_and_download_files_with_boto3s_threaded_multipart_transfer()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });

        var facts = await S3PeerScript.RunAsync(server.Url, server.Credentials, "transfer");

        var large = facts.GetProperty("large");
        Assert.True(large.GetProperty("same").GetBoolean(), "the 12 MiB file read back differs from the one uploaded");
        Assert.Equal(large.GetProperty("size").GetInt64(), large.GetProperty("length").GetInt64());
        Assert.EndsWith("-3\"", large.GetProperty("etag").GetString(), StringComparison.Ordinal);
        var small = facts.GetProperty("small");
        Assert.True(small.GetProperty("same").GetBoolean(), "the 1 MiB file with an odd key read back differs");
        Assert.Matches("^\"[0-9a-f]{32}\"$", small.GetProperty("etag").GetString());
    }

    /// <summary>
    /// Issue 11: boto3 stalled against serve after a 0-byte put (or an early error) on a kept-alive connection.
    /// botocore sends `Expect: 100-continue`; when the final answer came without a `100 Continue`, it reused the
    /// connection with that answer's status line still in mind, and its next put waited for a body that never ended.
    /// </summary>
    [Fact]
    public async Task Should_keep_boto3s_connection_usable_after_a_put_answered_without_100_continue()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });

        var facts = await S3PeerScript.RunAsync(server.Url, server.Credentials, "keepalive");

        var steps = facts.GetProperty("steps").EnumerateArray().Select(s => s.GetRawText()).ToList();
        Assert.Equal(
            [
                """{"ok": "\"d41d8cd98f00b204e9800998ecf8427e\""}""",
                """{"ok": "\"9dd4e461268c8034f5c8564e155c67a6\""}""",
                """{"code": "NoSuchBucket", "status": 404}""",
                """{"ok": "\"9336ebf25087d91c818ee6e9ec29f8c1\""}""",
                """{"ok": "\"d41d8cd98f00b204e9800998ecf8427e\""}""",
                """{"ok": "\"3838b518af215da4f6042b1679efdd44\""}""",
            ],
            steps);
        Assert.True(facts.GetProperty("slowestSeconds").GetDouble() < 4, "a put waited for botocore's 5 s read timeout: " + facts);
    }

    /// <summary>
    /// What moto cannot judge because it decides nothing, checked against AWS's documentation: DeleteObjects
    /// decides each key on its own (s3:DeleteObject on the object ARN) and reports AccessDenied per key, quiet
    /// mode lists only those errors; a presigned PUT past X-Amz-Expires is 403 AccessDenied "Request has expired".
    /// </summary>
    [Fact]
    public async Task Should_decide_each_key_of_delete_objects_and_refuse_an_expired_presigned_put()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });

        var facts = await S3PeerScript.RunAsync(server.Url, server.Credentials, "decisions");

        Assert.Equal("""{"status":200,"deleted":["mine/a"],"errors":["theirs/c:AccessDenied"]}""", facts.GetProperty("loud").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("""{"status":200,"deleted":[],"errors":["theirs/d:AccessDenied"]}""", facts.GetProperty("quiet").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("""["theirs/c","theirs/d"]""", facts.GetProperty("left").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.StartsWith("403 ", facts.GetProperty("expiredPut").GetString(), StringComparison.Ordinal);
        Assert.Contains("<Code>AccessDenied</Code><Message>Request has expired</Message>", facts.GetProperty("expiredPut").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, facts.GetProperty("lateStored").GetProperty("status").GetInt32());
    }
}
