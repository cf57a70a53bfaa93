using System.Diagnostics;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// Runs a real peer (the AWS CLI, python3) as a child process with a controlled environment: every AWS_*
/// variable of the test process removed, HOME and the AWS config files pointed at an empty temp directory, so
/// the user's ~/.aws is never read. A missing tool fails the test with what to install.
/// </summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory, string installHint)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{tool}' is needed by this test and was not found ({e.Message}); {installHint}");
            throw;
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await stdout, await stderr);
        }
    }
}
