using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// The MFA prompt against `rolecall serve`, which checks codes as AWS does (the device's TOTP, no replays): a
/// person at a real terminal (a pty from util-linux `script`) mistypes, gets asked again, and the third try
/// works; three wrong codes end in STS's AccessDenied with its request ID and a hint. Afterwards the AWS CLI
/// reuses the cached session without a prompt. rolecall runs as a real process; each run is bounded in time.
/// </summary>
public sealed class ServeMfaPromptTests
{
    private const string Account = "123456789012";
    private const string Prompt = "Enter MFA code for arn:aws:iam::123456789012:mfa/alice: ";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_ask_again_after_a_wrong_and_a_malformed_code_and_share_the_session_with_the_aws_cli()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = await AliceWithMfaRoleAsync(server);
        var seed = File.ReadAllText(Path.Combine(sandbox.Home, "seed.txt")).Trim();

        var result = AtTerminal(sandbox, $"111111\n12345\n{Totp.Code(seed, Totp.CurrentStep(DateTimeOffset.UtcNow))}\n", "sts get-caller-identity --profile demo");

        Assert.True(result.Code == 0, result.Out + result.Err);
        Assert.Equal(3, CountPrompts(result.Out));
        Assert.Contains($"\"Arn\": \"arn:aws:sts::{Account}:assumed-role/demo/botocore-session-", result.Out, StringComparison.Ordinal);

        // No input and no terminal: the AWS CLI can only succeed from the session rolecall cached.
        var aws = sandbox.Aws(string.Empty, "sts", "get-caller-identity", "--profile", "demo");
        Assert.True(aws.Code == 0, aws.Err);
        Assert.StartsWith($"arn:aws:sts::{Account}:assumed-role/demo/botocore-session-", JsonNode.Parse(aws.Out)!["Arn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_up_after_three_wrong_codes_with_the_services_message_and_request_id()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = await AliceWithMfaRoleAsync(server);

        var result = AtTerminal(sandbox, "111111\n222222\n333333\n444444\n", "sts get-caller-identity --profile demo");

        Assert.Equal(254, result.Code);
        Assert.Equal(3, CountPrompts(result.Out));
        // Issue 16 (3): the AWS CLI's one line first, then where and the hint.
        Assert.Contains("\nAn error occurred (AccessDenied) when calling the AssumeRole operation: MultiFactorAuthentication failed with invalid MFA one time pass code.\r\n", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"hint: assuming arn:aws:iam::123456789012:role/demo for profile 'demo' \(request ID [0-9a-f-]+\): the MFA code was wrong or already used", result.Out);
        Assert.False(Directory.Exists(sandbox.CacheDirectory) && Directory.EnumerateFiles(sandbox.CacheDirectory).Any(), "nothing is cached after a refusal");
    }

    [Fact]
    public async Task Should_read_the_code_without_echo_and_restore_the_terminal_as_the_aws_cli_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = await AliceWithMfaRoleAsync(server);
        var code = Totp.Code(File.ReadAllText(Path.Combine(sandbox.Home, "seed.txt")).Trim(), Totp.CurrentStep(DateTimeOffset.UtcNow));

        // Issue 16 (3): a person types the code only once the prompt shows, so the pty's echo setting decides.
        var result = sandbox.Process(string.Empty, Bound, "python3", "-c", TypeAfterPrompt, code, "dotnet", ClientSandbox.RolecallDll,
            "sts", "get-caller-identity", "--profile", "demo");

        Assert.True(result.Code == 0, result.Out + result.Err);
        Assert.Equal(1, CountPrompts(result.Out));
        Assert.DoesNotContain(code, result.Out, StringComparison.Ordinal);
        Assert.Contains("echo restored", result.Out, StringComparison.Ordinal);
    }

    // Runs a command on a new pty, types argv[1] and Enter after the MFA prompt appears, prints all the pty
    // showed, then whether the pty's ECHO flag is set again once the command ended.
    private const string TypeAfterPrompt = """
        import os, pty, select, sys, termios, time
        code, command = sys.argv[1], sys.argv[2:]
        pid, fd = pty.fork()
        if pid == 0:
            os.execvp(command[0], command)
        out = b''
        def pump(until, seconds):
            global out
            end = time.time() + seconds
            while time.time() < end and not until():
                ready, _, _ = select.select([fd], [], [], 0.2)
                if ready:
                    try:
                        data = os.read(fd, 4096)
                    except OSError:
                        return
                    if not data:
                        return
                    out += data
        pump(lambda: b'Enter MFA code' in out, 60)
        time.sleep(0.3)
        os.write(fd, (code + '\n').encode())
        pump(lambda: False, 60)
        _, status = os.waitpid(pid, 0)
        echo = termios.tcgetattr(fd)[3] & termios.ECHO
        sys.stdout.write(out.decode(errors='replace') + ('\necho restored' if echo else '\necho left off'))
        sys.exit(os.waitstatus_to_exitcode(status))
        """;

    /// <summary>Runs rolecall on a pseudo-terminal fed <paramref name="typed"/>; the pty's output (prompts, stdout, stderr) comes back as Out.</summary>
    private static (int Code, string Out, string Err) AtTerminal(ClientSandbox sandbox, string typed, string arguments) =>
        sandbox.Process(typed, Bound, "script", "-qec", $"dotnet '{ClientSandbox.RolecallDll}' {arguments}", "/dev/null");

    private static int CountPrompts(string output) => output.Split(Prompt).Length - 1;

    /// <summary>User alice (keys in the credentials file, an enabled virtual MFA device) and role demo whose trust requires MFA.</summary>
    private static async Task<ClientSandbox> AliceWithMfaRoleAsync(LocalServer server)
    {
        var sandbox = new ClientSandbox(server.Url.ToString().TrimEnd('/'), """
            [profile alice]
            region = us-east-1

            [profile demo]
            role_arn = arn:aws:iam::123456789012:role/demo
            source_profile = alice
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            region = us-east-1

            """);
        var seedFile = Path.Combine(sandbox.Home, "seed.txt");
        var trust = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/alice"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}""";
        var allow = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}""";

        sandbox.Environment["AWS_ACCESS_KEY_ID"] = server.Credentials.AccessKeyId;
        sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = server.Credentials.SecretAccessKey;
        AsRoot(sandbox, "iam", "create-user", "--user-name", "alice");
        var key = JsonNode.Parse(AsRoot(sandbox, "iam", "create-access-key", "--user-name", "alice"))!["AccessKey"]!;
        AsRoot(sandbox, "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "assume", "--policy-document", allow);
        AsRoot(sandbox, "iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "alice", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed");
        var seed = (await File.ReadAllTextAsync(seedFile)).Trim();
        var step = Totp.CurrentStep(DateTimeOffset.UtcNow);

        // Enabled with the two codes before now, so the current code is still unused for STS.
        AsRoot(sandbox, "iam", "enable-mfa-device", "--user-name", "alice", "--serial-number", $"arn:aws:iam::{Account}:mfa/alice",
            "--authentication-code1", Totp.Code(seed, step - 2), "--authentication-code2", Totp.Code(seed, step - 1));
        AsRoot(sandbox, "iam", "create-role", "--role-name", "demo", "--assume-role-policy-document", trust);
        sandbox.Environment.Remove("AWS_ACCESS_KEY_ID");
        sandbox.Environment.Remove("AWS_SECRET_ACCESS_KEY");

        await File.WriteAllTextAsync(Path.Combine(sandbox.Home, ".aws", "credentials"),
            $"[alice]\naws_access_key_id = {key["AccessKeyId"]}\naws_secret_access_key = {key["SecretAccessKey"]}\n");
        return sandbox;
    }

    private static string AsRoot(ClientSandbox sandbox, params string[] args)
    {
        // Root's calls use no profile, so they name the region the service needs (as the AWS CLI would).
        var result = sandbox.Rolecall(string.Empty, [.. args, "--region", "us-east-1"]);
        Assert.True(result.Code == 0, $"rolecall {string.Join(' ', args)}: {result.Err}");
        return result.Out;
    }
}
