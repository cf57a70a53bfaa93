using System.Diagnostics;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Export;

namespace RoleCall.Cli.Tests.Credential;

/// <summary>The shell formats, judged by the real shells: what a shell reads back must be the exact value.</summary>
public sealed class ShellQuotingTests
{
    private const string Nasty = "it's $HOME `date` \"q\" \\ back;slash & | * ~ !x\ttab";

    private static readonly ExportedCredentials Exported = new(new AwsCredentials("AKIA'x", Nasty, "tok$en'\"", null), "eu-west-1", "pro file");

    [Fact]
    public void Should_round_trip_every_value_through_bash()
    {
        var script = PosixShellFormatter.Instance.Format(Exported) + "printf '%s\\n%s\\n%s\\n%s' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\" \"$ROLECALL_PROFILE\"";
        Assert.Equal($"AKIA'x\n{Nasty}\ntok$en'\"\npro file", Run("bash", "-c", script));
    }

    [Fact]
    public void Should_round_trip_every_value_through_zsh()
    {
        var script = PosixShellFormatter.Instance.Format(Exported) + "printf '%s\\n%s\\n%s' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\"";
        Assert.Equal($"AKIA'x\n{Nasty}\ntok$en'\"", Run(Required("zsh"), "-f", "-c", script));
    }

    [Fact]
    public void Should_round_trip_every_value_through_fish()
    {
        var script = FishFormatter.Instance.Format(Exported) + "printf '%s\\n%s' \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\"";
        Assert.Equal($"{Nasty}\ntok$en'\"", Run(Required("fish"), "--no-config", "-c", script));
    }

    // PowerShell is not judged here: Debian has no package for it, so no machine of this project has pwsh.

    /// <summary>The shell's path; a missing shell fails the test saying how to install it.</summary>
    private static string Required(string shell)
    {
        var path = Which(shell);
        Assert.True(path is not null, $"{shell} is needed for this test: apt-get install -y {shell}");
        return path!;
    }

    internal static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {error}");
        return output;
    }

    internal static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
