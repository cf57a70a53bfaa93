using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.IamCli;

/// <summary>
/// Issue 16 (2), the tutorial's step with the AWS CLI v1 and rolecall side by side against serve: a trust policy
/// naming `user/example-user`, which does not exist, is refused at create-role with AWS's message and exit
/// code; once a named user is deleted, get-role shows its unique ID (the same in both tools).
/// </summary>
public sealed class TrustPrincipalDifferentialTests
{
    private const string Trust = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/NAME"}, "Action": "sts:AssumeRole"}]}
        """;

    [Fact]
    public async Task Should_refuse_a_missing_user_principal_and_show_a_deleted_one_as_its_unique_id_as_aws_does()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        File.WriteAllText(sandbox.PathOf("missing.json"), Trust.Replace("NAME", "example-user", StringComparison.Ordinal));
        File.WriteAllText(sandbox.PathOf("bob.json"), Trust.Replace("NAME", "bob", StringComparison.Ordinal));
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);

        var aws = await tools.AwsAsync(["iam", "create-role", "--role-name", "example-role", "--assume-role-policy-document", "file://" + sandbox.PathOf("missing.json")]);
        var rolecall = await tools.RolecallAsync(["iam", "create-role", "--role-name", "example-role", "--assume-role-policy-document", "file://" + sandbox.PathOf("missing.json")]);
        Assert.Equal(
            "An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:user/example-user\"",
            aws.LastErrorLine);
        // rolecall's first line is the AWS CLI's; a hint line may follow.
        Assert.True((aws.V2ExitCode, aws.LastErrorLine) == (rolecall.ExitCode, rolecall.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]), $"rolecall exited {rolecall.ExitCode}:\n{rolecall.Stderr}");

        Assert.Equal(0, (await tools.AwsAsync(["iam", "create-user", "--user-name", "bob"])).ExitCode);
        Assert.Equal(0, (await tools.AwsAsync(["iam", "create-role", "--role-name", "bob-role", "--assume-role-policy-document", "file://" + sandbox.PathOf("bob.json")])).ExitCode);
        Assert.Equal(0, (await tools.RolecallAsync(["iam", "delete-user", "--user-name", "bob"])).ExitCode);

        string[] principal = ["iam", "get-role", "--role-name", "bob-role", "--query", "Role.AssumeRolePolicyDocument.Statement[0].Principal.AWS", "--output", "text"];
        var shownByAws = await tools.AwsAsync(principal);
        Assert.Matches("^AIDA[A-Z0-9]{17}$", shownByAws.Stdout.Trim());
        Assert.Equal(shownByAws.Stdout, (await tools.RolecallAsync(principal)).Stdout);
    }
}
