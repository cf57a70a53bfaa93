using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14, prompts without echo at a real terminal: rolecall runs on a pseudo-terminal (python's pty, driven
/// by Scripts/pty_drive.py) and the answers are typed as a person would; the terminal's transcript must show
/// each prompt and none of the typed secrets.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultTerminalTests
{
    private const string KeyId = "AKIATERMINALTYPED123";
    private const string Secret = "typed/Secret+Key0123456789abcdefghijklmn";

    [Fact]
    public async Task Should_prompt_for_the_keys_and_the_passphrase_without_echo_in_vault_add()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out _);
        var transcript = Path.Combine(sandbox.Home, "terminal.txt");

        var added = Drive(sandbox, transcript, [["Access key ID: ", KeyId], ["Secret access key: ", Secret], ["Vault passphrase", VaultSandbox.Passphrase]],
            "rolecall", "vault", "add", "dev");

        var shown = File.ReadAllText(transcript);
        Assert.True(added.Code == 0, added.Err + shown);
        Assert.Contains("Secret access key: ", shown, StringComparison.Ordinal);
        Assert.Contains("added AKIA************D123 for profile 'dev'", shown, StringComparison.Ordinal);
        Assert.All(new[] { KeyId, Secret, VaultSandbox.Passphrase }, typed => Assert.DoesNotContain(typed, shown, StringComparison.Ordinal));

        // What was typed is what the vault keeps.
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        var keys = JsonNode.Parse(sandbox.AsRoot("env", "dev", "--format", "json"))!;
        Assert.Equal(KeyId, keys["AWS_ACCESS_KEY_ID"]!.GetValue<string>());
        Assert.Equal(Secret, keys["AWS_SECRET_ACCESS_KEY"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_ask_for_the_passphrase_on_the_terminal_when_the_aws_cli_captures_credential_process()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        sandbox.Environment["ROLECALL_VAULT_PASSPHRASE"] = VaultSandbox.Passphrase;
        sandbox.AsRoot("vault", "import");
        sandbox.Environment.Remove("ROLECALL_VAULT_PASSPHRASE");
        var transcript = Path.Combine(sandbox.Home, "terminal.txt");
        var output = Path.Combine(sandbox.Home, "process.json");

        // As the AWS CLI runs it: stdin not a terminal, stdout and stderr captured; only /dev/tty reaches the person.
        var run = Drive(sandbox, transcript, [["Vault passphrase", VaultSandbox.Passphrase]],
            "sh", "-c", $"rolecall credential-process --profile user101 < /dev/null > '{output}' 2> /dev/null");

        var shown = File.ReadAllText(transcript);
        Assert.True(run.Code == 0, run.Err + shown);
        Assert.DoesNotContain(VaultSandbox.Passphrase, shown, StringComparison.Ordinal);
        Assert.Contains("Vault passphrase", shown, StringComparison.Ordinal);
        var keyId = original.Split('\n').First(l => l.StartsWith("aws_access_key_id", StringComparison.Ordinal)).Split(" = ")[1].Trim();
        Assert.Equal(keyId, JsonNode.Parse(File.ReadAllText(output))!["AccessKeyId"]!.GetValue<string>());
    }

    private static (int Code, string Out, string Err) Drive(VaultSandbox sandbox, string transcript, string[][] steps, params string[] command)
    {
        sandbox.Environment["PTY_STEPS"] = JsonSerializer.Serialize(steps);
        try
        {
            var script = Path.Combine(RepoPaths.Root, "tests", "RoleCall.EndToEnd.Tests", "Vault", "Scripts", "pty_drive.py");
            return sandbox.Inner.Process(string.Empty, "python3", [script, transcript, .. command]);
        }
        finally
        {
            sandbox.Environment.Remove("PTY_STEPS");
        }
    }
}
