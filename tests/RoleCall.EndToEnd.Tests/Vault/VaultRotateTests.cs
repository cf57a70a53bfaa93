using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>Issue 14: `vault rotate` against serve: afterwards the old key is refused and the new one works.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultRotateTests
{
    [Fact]
    public async Task Should_rotate_so_that_the_old_key_is_refused_and_the_new_one_works()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        var oldKeyId = KeyIdOf(original, "user102");

        var rotate = sandbox.Rolecall(string.Empty, "vault", "rotate", "user102");

        Assert.True(rotate.Code == 0, rotate.Err);
        var exported = JsonNode.Parse(sandbox.AsRoot("env", "user102", "--format", "json"))!;
        var newKeyId = exported["AWS_ACCESS_KEY_ID"]!.GetValue<string>();
        Assert.NotEqual(oldKeyId, newKeyId);
        Assert.Equal("arn:aws:iam::123456789012:user/user102", JsonNode.Parse(sandbox.AsRoot("sts", "get-caller-identity", "--profile", "user102"))!["Arn"]!.GetValue<string>());

        // The old key, judged by the AWS CLI: IAM no longer knows it.
        var secret = System.Text.RegularExpressions.Regex.Match(original, @"\[user102\]\naws_access_key_id = .+\naws_secret_access_key = (.+)").Groups[1].Value;
        var old = sandbox.Inner.Process(string.Empty, "env", $"AWS_ACCESS_KEY_ID={oldKeyId}", $"AWS_SECRET_ACCESS_KEY={secret}", "aws", "sts", "get-caller-identity");
        Assert.NotEqual(0, old.Code);
        Assert.Contains("InvalidClientTokenId", old.Err, StringComparison.Ordinal);
        var keys = JsonNode.Parse(sandbox.AsRoot("iam", "list-access-keys", "--profile", "user102"))!["AccessKeyMetadata"]!.AsArray();
        Assert.Equal([newKeyId], keys.Select(k => k!["AccessKeyId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_use_an_mfa_session_for_the_iam_calls_when_the_profile_has_mfa_serial()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        File.WriteAllText(sandbox.CredentialsFile, original.Replace("[user101]\n", "[user101]\nmfa_serial = arn:aws:iam::123456789012:mfa/user101\n", StringComparison.Ordinal));
        sandbox.AsRoot("vault", "import");

        var refused = sandbox.Rolecall(string.Empty, "vault", "rotate", "user101", "--mfa-code", "000000");
        Assert.Equal(254, refused.Code);
        Assert.Equal(KeyIdOf(original, "user101"), sandbox.KeyIdInVault("user101"));

        var code = Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow));
        var rotate = sandbox.Rolecall(string.Empty, "vault", "rotate", "user101", "--mfa-code", code);
        Assert.True(rotate.Code == 0, rotate.Err);
        Assert.NotEqual(KeyIdOf(original, "user101"), sandbox.KeyIdInVault("user101"));

        // `env` hands out the profile's MFA session (mfa_serial without a role), not the long-term key.
        Assert.StartsWith("ASIA", JsonNode.Parse(sandbox.AsRoot("env", "user101", "--format", "json", "--mfa-code", Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow) + 1)))!["AWS_ACCESS_KEY_ID"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string KeyIdOf(string credentials, string profile) =>
        System.Text.RegularExpressions.Regex.Match(credentials, $@"\[{profile}\]\naws_access_key_id = (.+)").Groups[1].Value;
}
