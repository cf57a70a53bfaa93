using System.Text.Json.Nodes;
using RoleCall.EndToEnd.Tests.Server.Support;
using ClientSandbox = RoleCall.EndToEnd.Tests.Client.ClientSandbox;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// A <see cref="ClientSandbox"/> with a vault: `rolecall` on PATH (a wrapper around this build, for the
/// credential_process lines `vault import` writes), XDG_RUNTIME_DIR for the agent's socket, and the users and
/// MFA role of the tutorial's credentials file created in a local `rolecall serve`.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class VaultSandbox : IDisposable
{
    public const string Account = "123456789012";
    public const string Passphrase = "tutorial passphrase";

    private VaultSandbox(ClientSandbox sandbox)
    {
        Inner = sandbox;
        var bin = Path.Combine(sandbox.Home, "bin");
        Directory.CreateDirectory(bin);
        var wrapper = Path.Combine(bin, "rolecall");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{ClientSandbox.RolecallDll}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(RuntimeDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Environment["PATH"] = bin + ":" + (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
        Environment["XDG_RUNTIME_DIR"] = RuntimeDirectory;
        Environment["AWS_DEFAULT_REGION"] = "us-east-1";
    }

    public ClientSandbox Inner { get; }

    public Dictionary<string, string> Environment => Inner.Environment;

    public string Home => Inner.Home;

    public string RuntimeDirectory => Path.Combine(Inner.Home, "run");

    public string VaultDirectory => Path.Combine(Inner.Home, ".local", "share", "rolecall", "vault");

    public string CredentialsFile => Path.Combine(Inner.Home, ".aws", "credentials");

    public string Seed => File.ReadAllText(Path.Combine(Inner.Home, "seed.txt")).Trim();

    /// <summary>user101 and user102 with keys, user101's virtual MFA device, role101 trusting user101 with MFA.</summary>
    public static VaultSandbox ForTutorial(LocalServer server, out string credentials)
    {
        var sandbox = new VaultSandbox(new ClientSandbox(server.Url.ToString().TrimEnd('/'), string.Empty));
        var allow = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "iam:*"], "Resource": "*"}]}""";
        var trust = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/user101"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}""";
        sandbox.Environment["AWS_ACCESS_KEY_ID"] = server.Credentials.AccessKeyId;
        sandbox.Environment["AWS_SECRET_ACCESS_KEY"] = server.Credentials.SecretAccessKey;
        var keys = new Dictionary<string, JsonNode>();
        foreach (var user in new[] { "user101", "user102" })
        {
            sandbox.AsRoot("iam", "create-user", "--user-name", user);
            sandbox.AsRoot("iam", "put-user-policy", "--user-name", user, "--policy-name", "own", "--policy-document", allow);
            keys[user] = JsonNode.Parse(sandbox.AsRoot("iam", "create-access-key", "--user-name", user))!["AccessKey"]!;
        }

        var seedFile = Path.Combine(sandbox.Home, "seed.txt");
        sandbox.AsRoot("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "user101", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed");
        var step = Totp.CurrentStep(DateTimeOffset.UtcNow);
        sandbox.AsRoot("iam", "enable-mfa-device", "--user-name", "user101", "--serial-number", $"arn:aws:iam::{Account}:mfa/user101",
            "--authentication-code1", Totp.Code(sandbox.Seed, step - 2), "--authentication-code2", Totp.Code(sandbox.Seed, step - 1));
        sandbox.AsRoot("iam", "create-role", "--role-name", "role101", "--assume-role-policy-document", trust);

        // A role without MFA for user102, for sessions refreshed unattended (exec --server).
        sandbox.AsRoot("iam", "create-role", "--role-name", "worker", "--assume-role-policy-document", trust.Replace("user101", "user102", StringComparison.Ordinal)
            .Replace(", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}", string.Empty, StringComparison.Ordinal));
        sandbox.Environment.Remove("AWS_ACCESS_KEY_ID");
        sandbox.Environment.Remove("AWS_SECRET_ACCESS_KEY");

        credentials = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Fixtures", "vault", "tutorial-credentials.ini"))
            .Replace("{{USER101_KEY_ID}}", keys["user101"]["AccessKeyId"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("{{USER101_SECRET}}", keys["user101"]["SecretAccessKey"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("{{USER102_KEY_ID}}", keys["user102"]["AccessKeyId"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace("{{USER102_SECRET}}", keys["user102"]["SecretAccessKey"]!.GetValue<string>(), StringComparison.Ordinal);
        File.WriteAllText(sandbox.CredentialsFile, credentials);
        return sandbox;
    }

    /// <summary>rolecall in-process; fails the test on a non-zero exit.</summary>
    public string AsRoot(params string[] args)
    {
        var result = Inner.Rolecall(string.Empty, args);
        Assert.True(result.Code == 0, $"rolecall {string.Join(' ', args)}: {result.Err}");
        return result.Out;
    }

    public (int Code, string Out, string Err) Rolecall(string input, params string[] args) => Inner.Rolecall(input, args);

    /// <summary>The access key ID of a profile's item in the file vault, read in-process (no `env`, which may hand out a session).</summary>
    public string KeyIdInVault(string profile) =>
        new RoleCall.Vault.File.FileBackend(VaultDirectory, kdf => RoleCall.Vault.File.KeyDerivation.Derive(Passphrase, kdf)).Read(profile)!.AccessKeyId;

    /// <summary>Every file under ~/.aws, for "no secret is left in ~/.aws".</summary>
    public string AllAwsFiles() =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(Home, ".aws"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    public void Dispose()
    {
        // The agent, if a test started one, must not outlive the test.
        Inner.Rolecall(string.Empty, "vault", "lock");
        Inner.Dispose();
    }
}
