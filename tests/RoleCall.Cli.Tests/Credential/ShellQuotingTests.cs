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
    public void Should_round_trip_every_value_through_fish_when_fish_is_installed()
    {
        if (Which("fish") is null)
        {
            return; // fish is optional on this machine (the brief: fish/pwsh only if present); bash is the judge above.
        }

        var script = FishFormatter.Instance.Format(Exported) + "printf '%s\\n%s' \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\"";
        Assert.Equal($"{Nasty}\ntok$en'\"", Run("fish", "-c", script));
    }

    [Fact]
    public void Should_round_trip_every_value_through_powershell_when_pwsh_is_installed()
    {
        if (Which("pwsh") is null)
        {
            return; // optional, as above
        }

        var script = PowerShellFormatter.Instance.Format(Exported) + "[Console]::Out.Write($Env:AWS_SECRET_ACCESS_KEY)";
        Assert.Equal(Nasty, Run("pwsh", "-NoProfile", "-Command", script));
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
