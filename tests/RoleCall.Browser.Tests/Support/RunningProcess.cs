using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleCall.Browser.Tests.Support;

/// <summary>
/// A process the test talks to while it runs (`rolecall sso login` printing a URL to open): its output is
/// collected as it arrives, so the test can wait for a line, act in the browser, then wait for the exit.
/// </summary>
internal sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private RunningProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    public static RunningProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new RunningProcess(Process.Start(start)!);
    }

    /// <summary>The first match of <paramref name="pattern"/> in standard error, waiting up to 30 s for it.</summary>
    public async Task<string> WaitForStderrAsync(Regex pattern)
    {
        for (var i = 0; i < 300 && !_process.HasExited; i++)
        {
            if (pattern.Match(Stderr) is { Success: true } match)
            {
                return match.Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no match for {pattern} in the process's standard error: {Stderr}");
    }

    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
