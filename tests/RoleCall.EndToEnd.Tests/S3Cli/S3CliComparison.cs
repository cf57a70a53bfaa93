using RoleCall.EndToEnd.Tests.IamCli;

namespace RoleCall.EndToEnd.Tests.S3Cli;

/// <summary>
/// Asserts that rolecall did what both AWS CLIs did: the same stdout byte for byte, v2's exit code (v1 exits 255
/// where v2 exits 252 or 254), and, for failures reported on stderr, v2's stderr.
/// </summary>
internal static class S3CliComparison
{
    public static void AssertSame(string command, ToolRun v1, ToolRun v2, ToolRun rolecall, bool sortLines = false)
    {
        Assert.True(v2.ExitCode == rolecall.ExitCode, $"{command}: aws v2 exited {v2.ExitCode}, rolecall {rolecall.ExitCode}\nv2: {v2.Stderr}\nrolecall: {rolecall.Stderr}");
        var v1Expected = rolecall.ExitCode is 252 or 254 ? 255 : rolecall.ExitCode;
        Assert.True(v1.ExitCode == v1Expected, $"{command}: aws v1 exited {v1.ExitCode}, rolecall {rolecall.ExitCode}\nv1: {v1.Stderr}");
        Assert.True(Lines(v2.Stdout, sortLines) == Lines(rolecall.Stdout, sortLines), $"{command}: stdout differs\n--- aws v2\n{v2.Stdout}\n--- rolecall\n{rolecall.Stdout}");
        Assert.True(Lines(v1.Stdout, sortLines) == Lines(rolecall.Stdout, sortLines), $"{command}: stdout differs\n--- aws v1\n{v1.Stdout}\n--- rolecall\n{rolecall.Stdout}");
        if (rolecall.ExitCode is not (0 or 252))
        {
            // Syntax errors are worded rolecall's way (with a hint); every other failure as the AWS CLI words it.
            Assert.True(v2.Stderr == rolecall.Stderr, $"{command}: stderr differs\n--- aws v2\n{v2.Stderr}\n--- rolecall\n{rolecall.Stderr}");
        }
    }

    /// <summary>`rb --force` deletes objects concurrently in the AWS CLI, so its `delete:` lines come in any order.</summary>
    private static string Lines(string text, bool sort) =>
        sort ? string.Join('\n', text.Split('\n').Order(StringComparer.Ordinal)) : text;
}
