using System.Text.Json;
using RoleCall.Cli.Commands.Serve;
using RoleCall.EndToEnd.Tests.Server.Support;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issue 16 (item 1, server side): for every IAM and STS operation whose botocore model has a list of
/// structures with required members (Tags: Key and Value), botocore sends a member without one of them and
/// `rolecall serve` must answer AWS's ValidationError, with AWS's message, for every operation it offers.
/// Scripts/list_members.py enumerates the cases from botocore's model, so a new operation is covered as soon
/// as serve offers it.
/// </summary>
public sealed class ListMemberValidationTests
{
    [Fact]
    public async Task Should_refuse_a_list_member_without_a_required_field_in_aws_words_for_every_operation()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = new ClientSandbox();
        var script = Path.Combine(RepoPaths.Root, "tests", "RoleCall.EndToEnd.Tests", "Sts", "Scripts", "list_members.py");

        var result = await ExternalTool.RunAsync("python3", [script], sandbox.Environment(server.Credentials, server.Url), sandbox.Directory,
            "install python3 with botocore: pip install boto3");
        Assert.True(result.ExitCode == 0, $"list_members.py exited {result.ExitCode}: {result.Stderr}");
        var cases = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();

        // Operations serve does not offer answer InvalidAction before any validation, as AWS does for unknown ones.
        var offered = cases.Where(c => c.GetProperty("code").GetString() != "InvalidAction").ToList();
        var wrong = offered
            .Where(c => c.GetProperty("code").GetString() != "ValidationError" || c.GetProperty("message").GetString() != c.GetProperty("expected").GetString())
            .Select(c => $"{c.GetProperty("operation")} {c.GetProperty("parameter")}: {c.GetProperty("code")} {c.GetProperty("message")}\n  expected ValidationError {c.GetProperty("expected")}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        string[] mustBeOffered = ["iam:CreateUser", "iam:CreateRole", "iam:CreatePolicy", "iam:TagUser", "iam:TagRole", "iam:CreateVirtualMFADevice", "sts:AssumeRole", "sts:GetFederationToken"];
        Assert.Empty(mustBeOffered.Except(offered.Select(c => c.GetProperty("operation").GetString()!)));
    }
}
