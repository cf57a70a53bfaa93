using RoleCall.Cli.Commands;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Tests.Quickstart;

public sealed class QuickstartCommandTests
{
    [Fact]
    public async Task Should_walk_every_step_as_aws_would_and_leave_nothing_behind()
    {
        using var console = new BufferConsole();
        var before = Directory.GetDirectories(Path.GetTempPath(), "rolecall-quickstart-*").Length;
        var code = await new CliApplication(new CommandCatalog([.. QuickstartCommands.All]), console, new Dictionary<string, string>(), TimeProvider.System)
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
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "rolecall-quickstart-*").Length);
    }
}
