using System.Text.Json;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 5 through boto3 (an independent client): role chaining and its one-hour cap, a session policy that
/// narrows, a second account whose role is assumable only when both sides allow, GetSessionToken and
/// GetFederationToken limits, GetAccessKeyInfo, a mismatched session token.
/// </summary>
public sealed class Boto3StsTests
{
    [Fact]
    public async Task Should_behave_as_aws_for_boto3_across_chaining_accounts_and_token_kinds()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory(), AdditionalAccounts = ["210987654321"] });
        using var sandbox = new ClientSandbox();
        var environment = sandbox.Environment(server.Credentials, server.Url);
        environment["OTHER_ACCESS_KEY_ID"] = server.AdditionalAccounts[0].AccessKeyId;
        environment["OTHER_SECRET_ACCESS_KEY"] = server.AdditionalAccounts[0].SecretAccessKey;
        var script = Path.Combine(RepoPaths.Root, "tests", "RoleCall.EndToEnd.Tests", "Sts", "Scripts", "sts_client.py");

        var result = await ExternalTool.RunAsync("python3", [script], environment, sandbox.Directory, "install python3 with boto3: pip install boto3");
        Assert.True(result.ExitCode == 0, $"sts_client.py exited {result.ExitCode}: {result.Stderr}");
        var seen = JsonDocument.Parse(result.Stdout).RootElement;
        string Get(string name) => seen.GetProperty(name).ToString();

        Assert.Equal("ValidationError", Get("chain_long"));
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/second/two", Get("chain_arn"));
        Assert.InRange(seen.GetProperty("packed").GetInt32(), 1, 100);
        Assert.Equal(("OK", "AccessDenied", "OK"), (Get("narrow_list_roles"), Get("narrow_list_users"), Get("wide_list_users")));
        Assert.Equal("arn:aws:sts::210987654321:assumed-role/cross/xa", Get("cross_ok"));
        Assert.Equal(("AccessDenied", "AccessDenied"), (Get("cross_closed"), Get("cross_no_identity")));
        Assert.Equal(("AccessDenied", "AccessDenied"), (Get("session_token_iam"), Get("session_token_twice")));
        Assert.Equal("arn:aws:sts::123456789012:federated-user/visitor", Get("federated_arn"));
        Assert.Equal(Get("federated_arn"), Get("federated_identity"));
        Assert.Equal("AccessDenied", Get("federated_iam"));
        Assert.Equal("210987654321", Get("access_key_account"));
        Assert.Equal("InvalidClientTokenId", Get("bad_token"));
    }
}
