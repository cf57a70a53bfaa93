using System.Diagnostics;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// One run of the built `rolecall` (its runtimeconfig included, so the runtime's messages are resource keys as
/// in the published CLI) with a private HOME and no RoleCall or AWS variables from the test's environment:
/// exit code, stdout and stderr, killed after 60 s.
/// </summary>
internal static class RolecallRun
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string home, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var rolecall = Path.Combine(Path.GetDirectoryName(typeof(RoleCall.Cli.Commands.ServeCommands).Assembly.Location)!, "rolecall.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(rolecall);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ROLECALL_", StringComparison.Ordinal) || k.StartsWith("AWS_", StringComparison.Ordinal) || k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = home;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rolecall {string.Join(' ', args)} did not exit within 60 s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
