using RoleCall.Cli.Commands;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Tests.Quickstart;

public sealed class QuickstartCommandTests : IDisposable
{
    // Its own TMPDIR: other runs' sandboxes in the shared /tmp must not count.
    private readonly string temp = Directory.CreateTempSubdirectory("rolecall-quickstart-test-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public async Task Should_walk_every_step_as_aws_would_and_leave_nothing_behind()
    {
        using var console = new BufferConsole();
        var code = await new CliApplication(new CommandCatalog([.. QuickstartCommands.All]), console, new Dictionary<string, string> { ["TMPDIR"] = temp }, TimeProvider.System)
            .RunAsync(["quickstart"]);

        Assert.True(code == 0, console.StandardOutput + console.StandardError);
        var transcript = console.StandardOutput;
        Assert.Contains("An error occurred (AccessDenied) when calling the ListUsers operation", transcript, StringComparison.Ordinal);
        Assert.Contains(":assumed-role/demo-admin/", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", transcript, StringComparison.Ordinal);

        // Issue 11, item 5: the tutorial's S3 and EC2 check, denied, allowed with the role's session, denied again.
        Assert.Equal(2, transcript.Split("An error occurred (AccessDenied) when calling the ListBuckets operation").Length - 1);
        Assert.Contains(" tutorial-bucket\n", transcript, StringComparison.Ordinal);
        Assert.Contains("An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation", transcript, StringComparison.Ordinal);

        // Issue 13, item 6: the portal story. carol's login (PKCE) is approved through serve's own portal pages; her
        // permission set may not list roles, but the further role it assumes may.
        Assert.Contains("$ rolecall sso login --profile portal-dev --no-browser", transcript, StringComparison.Ordinal);
        Assert.Matches(@"http://127\.0\.0\.1:\d+/authorize\?\.\.\.", transcript);
        Assert.Contains("Successfully logged into Start URL: http://127.0.0.1:", transcript, StringComparison.Ordinal);
        Assert.Matches(@"arn:aws:sts::222233334444:assumed-role/AWSReservedSSO_Developer_[0-9a-f]{16}/carol", transcript);
        Assert.Contains("An error occurred (AccessDenied) when calling the ListRoles operation", transcript, StringComparison.Ordinal);
        Assert.Contains("arn:aws:sts::222233334444:assumed-role/deploy-role/", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("code_challenge", transcript, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp)); // the sandbox was made here and removed
    }
}
