using System.Text.Json;
using System.Text.RegularExpressions;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>
/// Issue 3, "Verify it as a user would": the official AWS CLI v1 walks an IAM tutorial against an in-process
/// `rolecall serve`, and what it prints has AWS's shape, IDs, dates and decoded policy documents.
/// </summary>
public sealed partial class AwsCliIamTutorialTests
{
    private const string Account = "123456789012";

    private const string S3ListPolicy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetObject"], "Resource": "*"}]}
        """;

    private const string TrustPolicy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/Bob"}, "Action": "sts:AssumeRole"}]}
        """;

    [Fact]
    public async Task Should_walk_the_iam_tutorial_with_the_aws_cli_and_print_what_aws_prints()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new AwsCli(sandbox, server.Url, server.Credentials);
        File.WriteAllText(sandbox.PathOf("policy.json"), S3ListPolicy);
        File.WriteAllText(sandbox.PathOf("trust.json"), TrustPolicy);

        var user = (await aws.JsonAsync("iam", "create-user", "--user-name", "Bob"))!.Value.GetProperty("User");
        Assert.Equal("Bob", user.GetProperty("UserName").GetString());
        Assert.Equal("/", user.GetProperty("Path").GetString());
        Assert.Equal($"arn:aws:iam::{Account}:user/Bob", user.GetProperty("Arn").GetString());
        Assert.Matches(UniqueId("AIDA"), user.GetProperty("UserId").GetString());
        Assert.Matches(IsoDate(), user.GetProperty("CreateDate").GetString());

        var policy = (await aws.JsonAsync("iam", "create-policy", "--policy-name", "s3-list", "--policy-document", "file://policy.json"))!.Value.GetProperty("Policy");
        var policyArn = policy.GetProperty("Arn").GetString()!;
        Assert.Equal($"arn:aws:iam::{Account}:policy/s3-list", policyArn);
        Assert.Matches(UniqueId("ANPA"), policy.GetProperty("PolicyId").GetString());
        Assert.Equal("v1", policy.GetProperty("DefaultVersionId").GetString());
        Assert.Equal(0, policy.GetProperty("AttachmentCount").GetInt32());
        Assert.True(policy.GetProperty("IsAttachable").GetBoolean());

        Assert.Null(await aws.JsonAsync("iam", "attach-user-policy", "--user-name", "Bob", "--policy-arn", policyArn));
        var attached = (await aws.JsonAsync("iam", "list-attached-user-policies", "--user-name", "Bob"))!.Value.GetProperty("AttachedPolicies");
        Assert.Equal("s3-list", Assert.Single(attached.EnumerateArray()).GetProperty("PolicyName").GetString());

        var version = (await aws.JsonAsync("iam", "get-policy-version", "--policy-arn", policyArn, "--version-id", "v1"))!.Value.GetProperty("PolicyVersion");
        AssertSameJson(S3ListPolicy, version.GetProperty("Document"));
        Assert.True(version.GetProperty("IsDefaultVersion").GetBoolean());

        var role = (await aws.JsonAsync("iam", "create-role", "--role-name", "user-role", "--assume-role-policy-document", "file://trust.json"))!.Value.GetProperty("Role");
        Assert.Equal($"arn:aws:iam::{Account}:role/user-role", role.GetProperty("Arn").GetString());
        Assert.Matches(UniqueId("AROA"), role.GetProperty("RoleId").GetString());
        AssertSameJson(TrustPolicy, role.GetProperty("AssumeRolePolicyDocument"));

        Assert.Null(await aws.JsonAsync("iam", "attach-role-policy", "--role-name", "user-role", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        var rolePolicies = (await aws.JsonAsync("iam", "list-attached-role-policies", "--role-name", "user-role"))!.Value.GetProperty("AttachedPolicies");
        Assert.Equal("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", Assert.Single(rolePolicies.EnumerateArray()).GetProperty("PolicyArn").GetString());

        var key = (await aws.JsonAsync("iam", "create-access-key", "--user-name", "Bob"))!.Value.GetProperty("AccessKey");
        Assert.Matches("^AKIA[A-Z2-7]{16}$", key.GetProperty("AccessKeyId").GetString());
        Assert.Equal(40, key.GetProperty("SecretAccessKey").GetString()!.Length);
        Assert.Equal("Active", key.GetProperty("Status").GetString());

        var query = await aws.JsonAsync("iam", "list-roles", "--query", "Roles[?RoleName == 'user-role'].[RoleName, Arn]");
        Assert.Equal($"[[\"user-role\",\"arn:aws:iam::{Account}:role/user-role\"]]", JsonSerializer.Serialize(query));

        var device = (await aws.JsonAsync("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "BobMFA",
            "--outfile", sandbox.PathOf("seed.txt"), "--bootstrap-method", "Base32StringSeed"))!.Value.GetProperty("VirtualMFADevice");
        var serial = device.GetProperty("SerialNumber").GetString()!;
        Assert.Equal($"arn:aws:iam::{Account}:mfa/BobMFA", serial);
        var seed = File.ReadAllText(sandbox.PathOf("seed.txt")).Trim();
        var step = Totp.CurrentStep(TimeProvider.System.GetUtcNow());
        Assert.Null(await aws.JsonAsync("iam", "enable-mfa-device", "--user-name", "Bob", "--serial-number", serial,
            "--authentication-code1", Totp.Code(seed, step - 1), "--authentication-code2", Totp.Code(seed, step)));
        var devices = (await aws.JsonAsync("iam", "list-mfa-devices", "--user-name", "Bob"))!.Value.GetProperty("MFADevices");
        Assert.Equal(serial, Assert.Single(devices.EnumerateArray()).GetProperty("SerialNumber").GetString());
    }

    /// <summary>The AWS CLI decodes IAM's URL-encoded policy documents into JSON objects: compare as JSON.</summary>
    private static void AssertSameJson(string expected, JsonElement actual)
    {
        Assert.Equal(JsonValueKind.Object, actual.ValueKind);
        using var want = JsonDocument.Parse(expected);
        Assert.Equal(JsonSerializer.Serialize(want.RootElement), JsonSerializer.Serialize(actual));
    }

    private static Regex UniqueId(string prefix) => new($"^{prefix}[A-Z0-9]{{17}}$");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$")]
    private static partial Regex IsoDate();
}
