using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.EndToEnd.Tests.Sts.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 16 (1), as the tutorial user met it: `sts assume-role --policy-arns arn=...AmazonS3ReadOnlyAccess` with
/// the AWS CLI v1 and with rolecall against `rolecall serve`. Both sessions must be restricted to the session
/// policy (iam:ListRoles denied "because no session policy allows" it, though the role allows iam:*), and both
/// outputs must carry PackedPolicySize.
/// </summary>
public sealed class SessionPolicyArnsDifferentialTests
{
    private const string Account = "123456789012";

    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}
        """;

    private const string RolePolicy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:*", "s3:*"], "Resource": "*"}]}
        """;

    [Theory]
    [InlineData("arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")]
    [InlineData("[{\"arn\": \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"}]")]
    public async Task Should_restrict_the_session_to_its_policy_arns_with_both_tools(string policyArns)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var aws = new StsCli(sandbox, server.Url);
        File.WriteAllText(sandbox.PathOf("trust.json"), Trust);
        File.WriteAllText(sandbox.PathOf("role-policy.json"), RolePolicy);
        await aws.JsonAsync(server.Credentials, "iam", "create-user", "--user-name", "u");
        await aws.JsonAsync(server.Credentials, "iam", "put-user-policy", "--user-name", "u", "--policy-name", "p", "--policy-document",
            """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}""");
        var user = StsCli.Keys(await aws.JsonAsync(server.Credentials, "iam", "create-access-key", "--user-name", "u"));
        await aws.JsonAsync(server.Credentials, "iam", "create-role", "--role-name", "r", "--assume-role-policy-document", "file://trust.json");
        await aws.JsonAsync(server.Credentials, "iam", "put-role-policy", "--role-name", "r", "--policy-name", "all", "--policy-document", "file://role-policy.json");
        var tools = new TutorialTools(sandbox, server.Url, user);
        string[] assume = ["sts", "assume-role", "--role-arn", $"arn:aws:iam::{Account}:role/r", "--role-session-name", "s1", "--policy-arns", policyArns, "--output", "json"];

        foreach (var run in new Func<string[], Task<ToolRun>>[] { tools.AwsAsync, tools.RolecallAsync })
        {
            var assumed = await run(assume);
            Assert.True(assumed.ExitCode == 0, assumed.Stderr);
            using var output = JsonDocument.Parse(assumed.Stdout);
            Assert.True(output.RootElement.GetProperty("PackedPolicySize").GetInt32() > 0, assumed.Stdout);
            var c = output.RootElement.GetProperty("Credentials");
            var session = new TutorialTools(sandbox, server.Url,
                new AwsCredentials(c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("SecretAccessKey").GetString()!, c.GetProperty("SessionToken").GetString()));

            var awsDenied = await session.AwsAsync(["iam", "list-roles"]);
            var rolecallDenied = await session.RolecallAsync(["iam", "list-roles"]);
            Assert.Contains("because no session policy allows the iam:ListRoles action", awsDenied.Stderr, StringComparison.Ordinal);
            Assert.Equal(awsDenied.V2ExitCode, rolecallDenied.ExitCode);
            Assert.Contains(awsDenied.LastErrorLine, rolecallDenied.Stderr, StringComparison.Ordinal);
        }
    }
}
