using System.Text.Json;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>boto3 as an independent client of `rolecall serve`: the tutorial, AWS's errors for bad input, restarts.</summary>
public sealed class Boto3IamTests
{
    [Fact]
    public async Task Should_serve_the_iam_tutorial_to_boto3_in_aws_shapes()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var r = await Boto3.RunAsync(sandbox, server.Url, server.Credentials, "tutorial");

        Assert.Equal("arn:aws:iam::123456789012:user/staff/Alice", r.GetProperty("userArn").GetString());
        Assert.StartsWith("AIDA", r.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal("/staff/", r.GetProperty("userPath").GetString());
        Assert.True(r.GetProperty("createDateIsDatetime").GetBoolean());
        Assert.Equal("""[{"Key":"team","Value":"blue"}]""", r.GetProperty("gotUserTags").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("arn:aws:iam::123456789012:policy/s3-list", r.GetProperty("policyArn").GetString());
        Assert.StartsWith("ANPA", r.GetProperty("policyId").GetString(), StringComparison.Ordinal);
        Assert.Equal("s3-list", r.GetProperty("attached")[0].GetProperty("PolicyName").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/user-role", r.GetProperty("roleArn").GetString());
        Assert.StartsWith("AROA", r.GetProperty("roleId").GetString(), StringComparison.Ordinal);
        // boto3 URL-decodes and parses policy documents: they arrive as dicts, not strings.
        Assert.Equal(JsonValueKind.Object, r.GetProperty("roleTrust").ValueKind);
        Assert.Equal("sts:AssumeRole", r.GetProperty("roleTrust").GetProperty("Statement")[0].GetProperty("Action").GetString());
        Assert.Equal("s3:ListBucket", r.GetProperty("inlineDocument").GetProperty("Statement")[0].GetProperty("Action").GetString());
        Assert.Equal(3600, r.GetProperty("maxSessionDuration").GetInt32());
        Assert.Matches("^AKIA[A-Z2-7]{16}$", r.GetProperty("accessKeyId").GetString());
        Assert.Equal(40, r.GetProperty("secretLength").GetInt32());
        Assert.True(r.GetProperty("firstPageTruncated").GetBoolean());
        Assert.True(r.GetProperty("firstPageHasMarker").GetBoolean());
    }

    [Fact]
    public async Task Should_answer_bad_input_with_aws_codes_and_statuses()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var r = await Boto3.RunAsync(sandbox, server.Url, server.Credentials, "bad-input");

        AssertError(r, "wrongSecret", "SignatureDoesNotMatch", 403);
        AssertError(r, "skewedClock", "SignatureDoesNotMatch", 403, "Signature expired");
        AssertError(r, "duplicateUser", "EntityAlreadyExists", 409, "User with name Carol already exists.");
        AssertError(r, "duplicateUserOtherCase", "EntityAlreadyExists", 409);
        AssertError(r, "oversizePolicy", "LimitExceeded", 409, "Cannot exceed quota for PolicySize: 6144");
        AssertError(r, "thirdAccessKey", "LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: 2");
        AssertError(r, "deleteRoleWithPolicies", "DeleteConflict", 409, "Cannot delete entity, must detach all policies first.");
        AssertError(r, "missingUser", "NoSuchEntity", 404, "The user with name Nobody cannot be found.");
        AssertError(r, "badName", "ValidationError", 400);
        AssertError(r, "malformedPolicy", "MalformedPolicyDocument", 400);
    }

    [Fact]
    public async Task Should_keep_state_and_root_keys_across_a_restart_on_the_same_data_directory()
    {
        using var sandbox = new ClientSandbox();
        var data = sandbox.PathOf("data");
        var options = new LocalServerOptions { Port = 0, Store = SqliteStores.In(data) };

        RoleCall.Core.Identity.AwsCredentials credentials;
        await using (var first = await LocalServer.StartAsync(options))
        {
            Assert.True(first.Root.Generated);
            credentials = first.Credentials;
            await Boto3.RunAsync(sandbox, first.Url, credentials, "write-state");
        }

        await using var second = await LocalServer.StartAsync(options);
        Assert.False(second.Root.Generated);
        Assert.Equal(credentials.AccessKeyId, second.Root.AccessKeyId);
        var r = await Boto3.RunAsync(sandbox, second.Url, credentials, "read-state");
        Assert.Equal("arn:aws:iam::123456789012:user/Persisted", r.GetProperty("user").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/persisted-role", r.GetProperty("role").GetString());
    }

    private static void AssertError(JsonElement results, string name, string code, int status, string? messageStart = null)
    {
        var e = results.GetProperty(name);
        Assert.True(code == e[0].GetString() && status == e[1].GetInt32(), $"{name}: expected {code} {status}, got {e.GetRawText()}");
        if (messageStart is not null)
        {
            Assert.StartsWith(messageStart, e[2].GetString(), StringComparison.Ordinal);
        }
    }
}
