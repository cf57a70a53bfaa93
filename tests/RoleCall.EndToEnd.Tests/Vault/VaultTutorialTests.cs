using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14, "Verify it as a user would": the tutorial's credentials file (two users, a role profile with
/// source_profile and mfa_serial) imported into the vault against `rolecall serve`; then rolecall, the AWS CLI
/// v1 (`aws`), the AWS CLI v2 (`/usr/bin/aws`) and boto3 all still work, and no secret is left in ~/.aws.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class VaultTutorialTests
{
    [Fact]
    public async Task Should_import_the_tutorial_file_and_keep_every_tool_working_with_no_secret_left_in_dot_aws()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        var secrets = SecretLines().Matches(original).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, secrets.Count);

        var dryRun = sandbox.Rolecall(string.Empty, "vault", "import", "--dry-run");
        Assert.Equal(0, dryRun.Code);
        Assert.Contains("+ credential_process = rolecall credential-process --profile user101", dryRun.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(secrets[1], dryRun.Out, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(sandbox.CredentialsFile));

        var import = sandbox.Rolecall(string.Empty, "vault", "import");
        Assert.True(import.Code == 0, import.Err);

        // No key ID or secret anywhere in ~/.aws; the comments and every other line are still there.
        var aws = sandbox.AllAwsFiles();
        Assert.All(secrets, s => Assert.DoesNotContain(s, aws, StringComparison.Ordinal));
        var rewritten = File.ReadAllText(sandbox.CredentialsFile);
        Assert.Equal(
            original.Split('\n').Where(l => !l.StartsWith("aws_", StringComparison.Ordinal)),
            rewritten.Split('\n').Where(l => !l.StartsWith("credential_process", StringComparison.Ordinal)));
        var backup = Assert.Single(Directory.EnumerateFiles(Path.Combine(sandbox.Home, ".local", "share", "rolecall", "backups")));
        Assert.Equal(original, File.ReadAllText(backup));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));

        var user101 = $"arn:aws:iam::{VaultSandbox.Account}:user/user101";
        var user102 = $"arn:aws:iam::{VaultSandbox.Account}:user/user102";
        Assert.Equal(user101, Arn(sandbox.AsRoot("sts", "get-caller-identity", "--profile", "user101")));
        Assert.Equal(user102, Arn(sandbox.AsRoot("sts", "get-caller-identity", "--profile", "user102")));

        // The AWS CLI v1 and v2 (Debian's 2.9 predates AWS_ENDPOINT_URL) and boto3 reach the vault through `credential_process = rolecall credential-process`.
        Assert.Equal(user101, Arn(Ok(sandbox.Inner.Process(string.Empty, "aws", "sts", "get-caller-identity", "--profile", "user101"))));
        Assert.Equal(user102, Arn(Ok(sandbox.Inner.Process(string.Empty, "/usr/bin/aws", "sts", "get-caller-identity", "--profile", "user102", "--endpoint-url", server.Url.ToString()))));
        const string Boto3 = "import boto3, sys; print(boto3.Session(profile_name=sys.argv[1]).client('sts').get_caller_identity()['Arn'])";
        Assert.Equal(user101, Ok(sandbox.Inner.Process(string.Empty, "python3", "-c", Boto3, "user101")).Trim());

        // The role profile, source_profile in the vault, with MFA: rolecall assumes it, and the AWS CLI reuses the cached session.
        var code = Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow));
        var role = $"arn:aws:sts::{VaultSandbox.Account}:assumed-role/role101/";
        Assert.StartsWith(role, Arn(sandbox.AsRoot("sts", "get-caller-identity", "--profile", "role101", "--mfa-code", code)), StringComparison.Ordinal);
        Assert.StartsWith(role, Arn(Ok(sandbox.Inner.Process(string.Empty, "aws", "sts", "get-caller-identity", "--profile", "role101"))), StringComparison.Ordinal);
        Assert.StartsWith(role, Arn(Ok(sandbox.Inner.Process(string.Empty, "/usr/bin/aws", "sts", "get-caller-identity", "--profile", "role101", "--endpoint-url", server.Url.ToString()))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_role_sessions_encrypted_in_the_vault_when_the_profile_asks()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        File.WriteAllText(sandbox.CredentialsFile, original.Replace("source_profile = user101", "source_profile = user101\nvault_sessions = true", StringComparison.Ordinal));
        sandbox.AsRoot("vault", "import");

        var code = Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow));
        var first = sandbox.AsRoot("env", "role101", "--format", "json", "--mfa-code", code);

        // Nothing in the AWS CLI's cache; the session is a vault item, and the next call needs no MFA code.
        Assert.False(Directory.Exists(sandbox.Inner.CacheDirectory) && Directory.EnumerateFiles(sandbox.Inner.CacheDirectory).Any());
        Assert.Contains(Directory.EnumerateFiles(sandbox.VaultDirectory), f => Path.GetFileName(f).StartsWith("session%3A", StringComparison.Ordinal));
        var token = JsonNode.Parse(first)!["AWS_SESSION_TOKEN"]!.GetValue<string>();
        Assert.All(Directory.EnumerateFiles(sandbox.VaultDirectory), f => Assert.DoesNotContain(token, File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(first, sandbox.AsRoot("env", "role101", "--format", "json"));

        // `vault list` shows the session while it is fresh, and not once it has expired.
        Assert.Contains("\tcached (role101)", sandbox.AsRoot("vault", "list"), StringComparison.Ordinal);
        var vault = new RoleCall.Vault.File.FileBackend(sandbox.VaultDirectory, kdf => RoleCall.Vault.File.KeyDerivation.Derive(VaultSandbox.Passphrase, kdf));
        var item = vault.List().Single(e => RoleCall.Vault.ItemNames.IsSession(e.Name)).Name;
        vault.Write(item, vault.Read(item)! with { Expiration = DateTimeOffset.UtcNow.AddMinutes(-1) });
        Assert.DoesNotContain("cached", sandbox.AsRoot("vault", "list"), StringComparison.Ordinal);
    }

    private static string Ok((int Code, string Out, string Err) result)
    {
        Assert.True(result.Code == 0, result.Err);
        return result.Out;
    }

    private static string Arn(string json) => JsonNode.Parse(json)!["Arn"]!.GetValue<string>();

    [GeneratedRegex(@"^aws_(?:access_key_id|secret_access_key) = (.+)$", RegexOptions.Multiline)]
    private static partial Regex SecretLines();
}
