using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.IamCli;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Explain;

/// <summary>
/// Issue 16, item 7: a context entry of a list type (`ipList`, `stringList`, ...) is a multivalued key, which a
/// single-valued operator without ForAnyValue/ForAllValues does not match (the IAM User Guide's "single-valued
/// vs multivalued context keys"). The AWS CLI v1 and rolecall send the same `--context-entries` (shorthand with
/// botocore's csv lists, and JSON) to `simulate-custom-policy` and `simulate-principal-policy` on one server
/// and must print the same decisions.
/// </summary>
public sealed class ListTypedContextEntryTests
{
    private const string Policy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"PlainIp","Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"192.0.2.0/24"}}},
          {"Sid":"AnyIp","Effect":"Allow","Action":"s3:PutObject","Resource":"*","Condition":{"ForAnyValue:IpAddress":{"aws:SourceIp":"192.0.2.0/24"}}},
          {"Sid":"PlainTag","Effect":"Allow","Action":"iam:TagUser","Resource":"*","Condition":{"StringEquals":{"aws:TagKeys":"team"}}},
          {"Sid":"NotTag","Effect":"Allow","Action":"iam:UntagUser","Resource":"*","Condition":{"StringNotEquals":{"aws:TagKeys":"secret"}}},
          {"Sid":"AllTags","Effect":"Allow","Action":"iam:ListUserTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","owner"]}}}]}
        """;

    private static readonly string[] Actions = ["s3:GetObject", "s3:PutObject", "iam:TagUser", "iam:UntagUser", "iam:ListUserTags"];

    [Theory]
    // List types: only the ForAnyValue/ForAllValues statements can match.
    [InlineData("ContextKeyName=aws:SourceIp,ContextKeyValues=192.0.2.7,ContextKeyType=ipList ContextKeyName=aws:TagKeys,ContextKeyValues=team,owner,ContextKeyType=stringList",
        "s3:GetObject implicitDeny|s3:PutObject allowed|iam:TagUser implicitDeny|iam:UntagUser implicitDeny|iam:ListUserTags allowed")]
    [InlineData("""[{"ContextKeyName": "aws:SourceIp", "ContextKeyValues": ["198.51.100.1", "192.0.2.7"], "ContextKeyType": "ipList"}, {"ContextKeyName": "aws:TagKeys", "ContextKeyValues": ["team"], "ContextKeyType": "stringList"}]""",
        "s3:GetObject implicitDeny|s3:PutObject allowed|iam:TagUser implicitDeny|iam:UntagUser implicitDeny|iam:ListUserTags allowed")]
    // Single types: the plain operators match, and a set operator treats the one value as a set of one.
    [InlineData("ContextKeyName=aws:SourceIp,ContextKeyValues=192.0.2.7,ContextKeyType=ip ContextKeyName=aws:TagKeys,ContextKeyValues=team,ContextKeyType=string",
        "s3:GetObject allowed|s3:PutObject allowed|iam:TagUser allowed|iam:UntagUser allowed|iam:ListUserTags allowed")]
    public async Task Should_not_match_a_list_typed_key_with_a_single_valued_operator(string entries, string expected)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var tools = new TutorialTools(sandbox, server.Url, server.Credentials);
        Assert.Equal(0, (await tools.RolecallAsync(["iam", "create-user", "--user-name", "sim-user"])).ExitCode);
        Assert.Equal(0, (await tools.RolecallAsync(["iam", "put-user-policy", "--user-name", "sim-user", "--policy-name", "p", "--policy-document", Policy])).ExitCode);
        string[] contextEntries = entries.StartsWith('[') ? ["--context-entries", entries] : ["--context-entries", .. entries.Split(' ')];
        string[] query = ["--query", "EvaluationResults[].[EvalActionName, EvalDecision]", "--output", "text"];

        string[] custom = ["iam", "simulate-custom-policy", "--policy-input-list", Policy, "--action-names", .. Actions, .. contextEntries, .. query];
        string[] principal = ["iam", "simulate-principal-policy", "--policy-source-arn", "arn:aws:iam::123456789012:user/sim-user",
            "--action-names", .. Actions, .. contextEntries, .. query];
        foreach (var args in new[] { custom, principal })
        {
            var aws = await tools.AwsAsync(args);
            var ours = await tools.RolecallAsync(args);
            Assert.True(aws.ExitCode == 0, aws.Stderr);
            Assert.Equal((aws.ExitCode, aws.Stdout), (ours.ExitCode, ours.Stdout));
            Assert.Equal(expected, aws.Stdout.Trim().Replace('\t', ' ').Replace('\n', '|'));
        }
    }
}
