using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14: a vault-backed IAM user profile with mfa_serial and no role_arn, against `rolecall serve`. As in
/// aws-vault, one GetSessionToken with the MFA code opens a session that is kept in the vault; env, the service
/// commands and credential-process hand it out with no second prompt, and a role over that user (its trust
/// policy demands MFA) is assumed with the session. The AWS CLI v1 and boto3 judge the session credential-process
/// hands out: they assume the MFA-protected role with it themselves.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultMfaUserTests
{
    private const string Serial = $"arn:aws:iam::{VaultSandbox.Account}:mfa/user101";
    private const string UserArn = $"arn:aws:iam::{VaultSandbox.Account}:user/user101";
    private const string RoleArn = $"arn:aws:sts::{VaultSandbox.Account}:assumed-role/role101/";

    [Fact]
    public async Task Should_open_one_mfa_session_for_a_vault_user_and_assume_its_mfa_role_with_it()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        File.WriteAllText(sandbox.CredentialsFile, original.Replace("[user101]\n", $"[user101]\nmfa_serial = {Serial}\n", StringComparison.Ordinal)
            + "\n[cli-role]\nrole_arn = arn:aws:iam::123456789012:role/role101\nsource_profile = user101\n");
        sandbox.AsRoot("vault", "import");

        // Without a code nothing is opened; with one, a session (ASIA..., with a token) comes out.
        var refused = sandbox.Rolecall(string.Empty, "env", "user101");
        Assert.NotEqual(0, refused.Code);
        Assert.Contains($"Enter MFA code for {Serial}", refused.Err, StringComparison.Ordinal);
        var code = Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow));
        var session = JsonNode.Parse(sandbox.AsRoot("env", "user101", "--format", "json", "--mfa-code", code))!;
        var keyId = session["AWS_ACCESS_KEY_ID"]!.GetValue<string>();
        var token = session["AWS_SESSION_TOKEN"]!.GetValue<string>();
        Assert.StartsWith("ASIA", keyId, StringComparison.Ordinal);

        // Kept encrypted in the vault, not in ~/.aws; every later command reuses it with no prompt.
        Assert.DoesNotContain(token, sandbox.AllAwsFiles(), StringComparison.Ordinal);
        Assert.Contains(Directory.EnumerateFiles(sandbox.VaultDirectory), f => Path.GetFileName(f).StartsWith("session%3A", StringComparison.Ordinal));
        Assert.All(Directory.EnumerateFiles(sandbox.VaultDirectory), f => Assert.DoesNotContain(token, File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(UserArn, Arn(NoPrompt(sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "user101"))));
        var process = JsonNode.Parse(NoPrompt(sandbox.Rolecall(string.Empty, "credential-process", "--profile", "user101")))!;
        Assert.Equal(keyId, process["AccessKeyId"]!.GetValue<string>());
        Assert.Equal(token, process["SessionToken"]!.GetValue<string>());
        Assert.Contains("\tcached (user101)", sandbox.AsRoot("vault", "list"), StringComparison.Ordinal);

        // role101 trusts user101 only with MFA: assumed with the session, no second code (the same device).
        Assert.StartsWith(RoleArn, Arn(NoPrompt(sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "role101"))), StringComparison.Ordinal);

        // The judges: the AWS CLI v1 and boto3 run `rolecall credential-process` for user101 and call AssumeRole
        // with its session themselves; serve admits them only because the session carries MFA.
        Assert.Equal(UserArn, Arn(Ok(sandbox.Inner.Process(string.Empty, "aws", "sts", "get-caller-identity", "--profile", "user101"))));
        Assert.StartsWith(RoleArn, Arn(Ok(sandbox.Inner.Process(string.Empty, "aws", "sts", "get-caller-identity", "--profile", "cli-role"))), StringComparison.Ordinal);
        const string Boto3 = "import boto3, sys; print(boto3.Session(profile_name=sys.argv[1]).client('sts').get_caller_identity()['Arn'])";
        Assert.StartsWith(RoleArn, Ok(sandbox.Inner.Process(string.Empty, "python3", "-c", Boto3, "cli-role")).Trim(), StringComparison.Ordinal);
    }

    private static string NoPrompt((int Code, string Out, string Err) result)
    {
        Assert.DoesNotContain("Enter MFA code", result.Err, StringComparison.Ordinal);
        return Ok(result);
    }

    private static string Ok((int Code, string Out, string Err) result)
    {
        Assert.True(result.Code == 0, result.Err);
        return result.Out;
    }

    private static string Arn(string json) => JsonNode.Parse(json)!["Arn"]!.GetValue<string>();
}
