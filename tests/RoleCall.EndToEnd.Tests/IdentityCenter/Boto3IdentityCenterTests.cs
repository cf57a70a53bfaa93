using System.Text.Json;
using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.IdentityCenter;

/// <summary>
/// boto3 (botocore's parsers and serializers) as an independent client of serve's Identity Center: the
/// tutorial's whole path from an administrator's setup to role credentials used for S3 and IAM (issue 13).
/// </summary>
public sealed class Boto3IdentityCenterTests
{
    private const string TargetAccount = "210987654321";

    [Fact]
    public async Task Should_take_a_user_from_setup_through_the_device_login_to_enforced_role_credentials()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = [TargetAccount] });
        using var sandbox = new ClientSandbox();

        var r = await RunAsync(sandbox, server);

        Assert.Equal(["alice"], Strings(r, "foundUsers"));
        Assert.Equal("SUCCEEDED", r.GetProperty("statusAfter").GetString());
        AssertError(r, "pending", "AuthorizationPendingException", 400);
        AssertError(r, "tooFast", "SlowDownException", 400);
        Assert.True(r.GetProperty("approved").GetBoolean());
        Assert.Equal(("Bearer", 8 * 3600, true), (r.GetProperty("tokenType").GetString(), r.GetProperty("expiresIn").GetInt32(), r.GetProperty("hasRefresh").GetBoolean()));
        Assert.Equal([TargetAccount], Strings(r, "accounts"));
        Assert.Equal(["S3Reader"], Strings(r, "roles"));
        Assert.Equal(TargetAccount, r.GetProperty("account").GetString());
        Assert.Matches($"^arn:aws:sts::{TargetAccount}:assumed-role/AWSReservedSSO_S3Reader_[0-9a-f]{{16}}/alice$", r.GetProperty("arn").GetString());
        var expiresIn = DateTimeOffset.FromUnixTimeMilliseconds(r.GetProperty("expirationMs").GetInt64()) - DateTimeOffset.UtcNow;
        Assert.InRange(expiresIn, TimeSpan.FromMinutes(110), TimeSpan.FromMinutes(121)); // the set's PT2H
        Assert.True(r.GetProperty("s3Listed").GetBoolean());
        AssertError(r, "iamDenied", "AccessDenied", 403);
        AssertError(r, "wrongAccount", "ForbiddenException", 403);
        AssertError(r, "unknownClient", "InvalidClientException", 401);
        AssertError(r, "replayedDeviceCode", "InvalidGrantException", 400);
        Assert.True(r.GetProperty("refreshed").GetBoolean());
        AssertError(r, "afterLogout", "UnauthorizedException", 401);
        AssertError(r, "duplicateUser", "ConflictException", 400);
        AssertError(r, "unknownPermissionSet", "ResourceNotFoundException", 400);
    }

    private static IEnumerable<string?> Strings(JsonElement r, string name) => r.GetProperty(name).EnumerateArray().Select(e => e.GetString());

    private static void AssertError(JsonElement r, string name, string code, int status)
    {
        var error = r.GetProperty(name);
        Assert.Equal((code, status), (error.GetProperty("code").GetString(), error.TryGetProperty("status", out var s) ? s.GetInt32() : 0));
    }

    private static async Task<JsonElement> RunAsync(ClientSandbox sandbox, LocalServer server)
    {
        var result = await ExternalTool.RunAsync("python3", [RepoPaths.Script("identity_center_client.py"), TargetAccount],
            sandbox.Environment(server.Credentials, server.Url), sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"identity_center_client.py exited {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }
}
