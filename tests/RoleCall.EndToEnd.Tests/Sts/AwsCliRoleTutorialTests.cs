using System.Net.Http.Json;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.EndToEnd.Tests.Sts.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 5, "Verify it as a user would", with the official AWS CLI v1 against an in-process `rolecall serve`:
/// the assume-role tutorial, then MFA, external ID, untrusted vs missing role, and expiry with --dev-clock.
/// </summary>
public sealed class AwsCliRoleTutorialTests
{
    private const string Account = "123456789012";

    private const string UserPolicy = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": ["ec2:Describe*", "iam:ListRoles", "sts:AssumeRole"], "Resource": "*"}]}
        """;

    private const string AccountTrust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    [Fact]
    public async Task Should_walk_the_assume_role_tutorial_and_become_the_role_until_the_variables_are_unset()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new StsCli(sandbox, server.Url);
        var root = server.Credentials;
        File.WriteAllText(sandbox.PathOf("user-policy.json"), UserPolicy);
        File.WriteAllText(sandbox.PathOf("trust.json"), AccountTrust);

        await aws.JsonAsync(root, "iam", "create-user", "--user-name", "my-user");
        await aws.JsonAsync(root, "iam", "put-user-policy", "--user-name", "my-user", "--policy-name", "tutorial", "--policy-document", "file://user-policy.json");
        var user = StsCli.Keys(await aws.JsonAsync(root, "iam", "create-access-key", "--user-name", "my-user"));
        await aws.JsonAsync(root, "iam", "create-role", "--role-name", "user-role", "--assume-role-policy-document", "file://trust.json");
        await aws.JsonAsync(root, "iam", "attach-role-policy", "--role-name", "user-role", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");

        var assumed = await aws.JsonAsync(user, "sts", "assume-role", "--role-arn", $"arn:aws:iam::{Account}:role/user-role", "--role-session-name", "AWSCLI-Session");
        Assert.StartsWith("ASIA", assumed.GetProperty("Credentials").GetProperty("AccessKeyId").GetString(), StringComparison.Ordinal);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/user-role/AWSCLI-Session", assumed.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        var session = StsCli.Exported(assumed);

        var identity = await aws.JsonAsync(session, "sts", "get-caller-identity");
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/user-role/AWSCLI-Session", identity.GetProperty("Arn").GetString());
        Assert.Matches("^AROA[A-Z0-9]{17}:AWSCLI-Session$", identity.GetProperty("UserId").GetString());

        // The role has only S3 read access: listing roles is the user's right, not the role's.
        var denied = await aws.FailsAsync(session, "AccessDenied", "iam", "list-roles");
        Assert.Contains($"User: arn:aws:sts::{Account}:assumed-role/user-role/AWSCLI-Session is not authorized to perform: iam:ListRoles", denied, StringComparison.Ordinal);

        // "Unset the variables": the user's own keys again.
        Assert.Equal($"arn:aws:iam::{Account}:user/my-user", (await aws.JsonAsync(user, "sts", "get-caller-identity")).GetProperty("Arn").GetString());
        Assert.Contains("Roles", (await aws.JsonAsync(user, "iam", "list-roles")).EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Should_refuse_without_mfa_external_id_or_trust_and_expire_with_the_dev_clock()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), DevClock = true });
        using var sandbox = new ClientSandbox();
        var aws = new StsCli(sandbox, server.Url);
        var root = server.Credentials;
        await aws.JsonAsync(root, "iam", "create-user", "--user-name", "alice");
        var alice = StsCli.Keys(await aws.JsonAsync(root, "iam", "create-access-key", "--user-name", "alice"));
        var aliceArn = $"arn:aws:iam::{Account}:user/alice";

        // A virtual MFA device enabled with two consecutive codes computed from its seed, as a phone would.
        var device = (await aws.JsonAsync(root, "iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "alice",
            "--outfile", sandbox.PathOf("seed.txt"), "--bootstrap-method", "Base32StringSeed")).GetProperty("VirtualMFADevice");
        var serial = device.GetProperty("SerialNumber").GetString()!;
        var seedText = File.ReadAllText(sandbox.PathOf("seed.txt")).Trim();
        var step = Totp.CurrentStep(DateTimeOffset.UtcNow);
        await aws.JsonAsync(root, "iam", "enable-mfa-device", "--user-name", "alice", "--serial-number", serial,
            "--authentication-code1", Totp.Code(seedText, step - 1), "--authentication-code2", Totp.Code(seedText, step));

        File.WriteAllText(sandbox.PathOf("mfa-trust.json"), Trust(aliceArn, """{"Bool": {"aws:MultiFactorAuthPresent": "true"}}"""));
        File.WriteAllText(sandbox.PathOf("ext-trust.json"), Trust(aliceArn, """{"StringEquals": {"sts:ExternalId": "Unique-ID-1234"}}"""));
        File.WriteAllText(sandbox.PathOf("other-trust.json"), Trust($"arn:aws:iam::{Account}:user/someone-else", null));
        await aws.JsonAsync(root, "iam", "create-role", "--role-name", "mfa-role", "--assume-role-policy-document", "file://mfa-trust.json");
        await aws.JsonAsync(root, "iam", "create-role", "--role-name", "ext-role", "--assume-role-policy-document", "file://ext-trust.json");
        await aws.JsonAsync(root, "iam", "create-role", "--role-name", "other-role", "--assume-role-policy-document", "file://other-trust.json");
        string[] Assume(string role, params string[] extra) =>
            ["sts", "assume-role", "--role-arn", $"arn:aws:iam::{Account}:role/{role}", "--role-session-name", "tutorial", .. extra];

        await aws.FailsAsync(alice, "AccessDenied", Assume("mfa-role"));
        var wrong = await aws.FailsAsync(alice, "AccessDenied", Assume("mfa-role", "--serial-number", serial, "--token-code", "000000"));
        Assert.Contains("MultiFactorAuthentication failed with invalid MFA one time pass code.", wrong, StringComparison.Ordinal);
        await aws.JsonAsync(alice, Assume("mfa-role", "--serial-number", serial, "--token-code", Totp.Code(seedText, step + 1)));

        await aws.FailsAsync(alice, "AccessDenied", Assume("ext-role"));
        await aws.FailsAsync(alice, "AccessDenied", Assume("ext-role", "--external-id", "Wrong-ID-0000"));
        var extSession = StsCli.Exported(await aws.JsonAsync(alice, Assume("ext-role", "--external-id", "Unique-ID-1234", "--duration-seconds", "900")));

        var untrusted = await aws.FailsAsync(alice, "AccessDenied", Assume("other-role"));
        var missing = await aws.FailsAsync(alice, "AccessDenied", Assume("no-such-role"));
        Assert.Equal(untrusted.Replace("other-role", "X", StringComparison.Ordinal), missing.Replace("no-such-role", "X", StringComparison.Ordinal));

        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/ext-role/tutorial", (await aws.JsonAsync(extSession, "sts", "get-caller-identity")).GetProperty("Arn").GetString());
        using var http = new HttpClient();
        using var advance = await http.PostAsJsonAsync(new Uri(server.Url, "/_rolecall/clock"), new { advanceSeconds = 901 });
        advance.EnsureSuccessStatusCode();
        var expired = await aws.FailsAsync(extSession, "ExpiredToken", "sts", "get-caller-identity");
        Assert.Contains("The security token included in the request is expired", expired, StringComparison.Ordinal);
        Assert.Equal(aliceArn, (await aws.JsonAsync(alice, "sts", "get-caller-identity")).GetProperty("Arn").GetString());
    }

    private static string Trust(string principal, string? condition) =>
        $$"""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "{{principal}}"}, "Action": "sts:AssumeRole"{{(condition is null ? "" : ", \"Condition\": " + condition)}}}]}""";
}
