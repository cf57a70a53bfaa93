using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14, "Secrets never appear in ... logs, errors or --debug": every vault path run with --debug (import,
/// a service call, env, credential-process, a role over a vault source with MFA, list, a wrong passphrase), and
/// none of the long-term keys, the role session's secret and token, or the passphrase in what rolecall
/// wrote to stderr.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultDebugOutputTests
{
    [Fact]
    public async Task Should_keep_every_secret_out_of_debug_output_and_errors()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        var secrets = original.Split('\n').Where(l => l.StartsWith("aws_", StringComparison.Ordinal)).Select(l => l.Split(" = ")[1].Trim()).ToList();
        Assert.Equal(4, secrets.Count);

        var code = Totp.Code(sandbox.Seed, Totp.CurrentStep(DateTimeOffset.UtcNow));
        var runs = new List<(int Code, string Out, string Err)>
        {
            sandbox.Rolecall(string.Empty, "--debug", "vault", "import"),
            sandbox.Rolecall(string.Empty, "--debug", "sts", "get-caller-identity", "--profile", "user101"),
            sandbox.Rolecall(string.Empty, "--debug", "env", "user102"),
            sandbox.Rolecall(string.Empty, "--debug", "credential-process", "--profile", "user101"),
            sandbox.Rolecall(string.Empty, "--debug", "env", "role101", "--mfa-code", code, "--format", "json"),
            sandbox.Rolecall(string.Empty, "--debug", "vault", "list"),
        };
        Assert.All(runs, r => Assert.True(r.Code == 0, r.Err));
        var session = JsonNode.Parse(runs[4].Out)!;
        secrets.Add(session["AWS_SECRET_ACCESS_KEY"]!.GetValue<string>());
        secrets.Add(session["AWS_SESSION_TOKEN"]!.GetValue<string>());
        secrets.Add(VaultSandbox.Passphrase);

        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = "not the passphrase";
        var wrong = sandbox.Rolecall(string.Empty, "--debug", "env", "user101");
        Assert.NotEqual(0, wrong.Code);
        Assert.Contains("the vault passphrase is wrong", wrong.Err, StringComparison.Ordinal);
        secrets.Add("not the passphrase");

        // --debug really was on: the vault's choices were logged.
        Assert.Contains("vault key derived with argon2id", runs[1].Err, StringComparison.Ordinal);
        Assert.Contains("vault backend file", runs[0].Err, StringComparison.Ordinal);
        foreach (var run in runs.Append(wrong))
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, run.Err, StringComparison.Ordinal));
        }
    }
}
