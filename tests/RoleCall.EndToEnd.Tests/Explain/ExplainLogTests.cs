using System.Text.Json;
using RoleCall.Core.Identity;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Explain;

/// <summary>`rolecall serve --explain`: every authorization decision logged with the statement that decided it.</summary>
public sealed class ExplainLogTests
{
    private const string Policy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"ListOnly","Effect":"Allow","Action":"iam:ListUsers","Resource":"*"},
          {"Sid":"NoDelete","Effect":"Deny","Action":"iam:Delete*","Resource":"*"}]}
        """;

    [Fact]
    public async Task Should_log_the_deciding_statement_of_each_allow_and_explicit_deny()
    {
        using var log = new StringWriter();
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), ExplainLog = log });
        using var sandbox = new ClientSandbox();
        var root = new TutorialTools(sandbox, server.Url, server.Credentials);
        Assert.Equal(0, (await root.RolecallAsync(["iam", "create-user", "--user-name", "bob"])).ExitCode);
        Assert.Equal(0, (await root.RolecallAsync(["iam", "put-user-policy", "--user-name", "bob", "--policy-name", "p", "--policy-document", Policy])).ExitCode);
        var key = await root.RolecallAsync(["iam", "create-access-key", "--user-name", "bob"]);
        using var json = JsonDocument.Parse(key.Stdout);
        var accessKey = json.RootElement.GetProperty("AccessKey");
        var bob = new TutorialTools(sandbox, server.Url, new AwsCredentials(accessKey.GetProperty("AccessKeyId").GetString()!, accessKey.GetProperty("SecretAccessKey").GetString()!));

        Assert.Equal(0, (await bob.RolecallAsync(["iam", "list-users"])).ExitCode);
        var denied = await bob.RolecallAsync(["iam", "delete-user", "--user-name", "bob"]);

        Assert.Equal(254, denied.ExitCode);
        Assert.Contains("with an explicit deny in an identity-based policy", denied.Stderr);
        var lines = log.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("explain: Allow iam:ListUsers", StringComparison.Ordinal) && l.Contains("ListOnly", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("explain: ExplicitDeny iam:DeleteUser", StringComparison.Ordinal) && l.Contains("NoDelete", StringComparison.Ordinal));
        // Secrets never reach the log.
        Assert.DoesNotContain(accessKey.GetProperty("SecretAccessKey").GetString()!, log.ToString(), StringComparison.Ordinal);
    }
}
