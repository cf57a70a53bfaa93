using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace RoleCall.Testing;

/// <summary>
/// A peer driven through its stdin while it runs (the AWS CLI v2's `configure sso` waits for a device approval
/// between its questions; `rolecall sso login` prints the URL a browser must open): lines are written when the test
/// decides, stdout and stderr are read into one transcript.
/// </summary>
public sealed class InteractiveTool : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder transcript = new();

    private InteractiveTool(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Transcript
    {
        get
        {
            lock (transcript)
            {
                return transcript.ToString();
            }
        }
    }

    public static InteractiveTool Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string installHint)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Assert.True(!Path.IsPathRooted(file) || File.Exists(file), $"{file} is missing: {installHint}");
        try
        {
            return new InteractiveTool(Process.Start(start)!);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{file} cannot be started: {installHint}");
            throw;
        }
    }

    public async Task WriteAsync(string text)
    {
        await process.StandardInput.WriteAsync(text);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>The first match of <paramref name="pattern"/> in the transcript, waiting up to 30 s for it.</summary>
    public async Task<string> WaitForAsync(Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        for (var i = 0; i < 300; i++)
        {
            if (pattern.Match(Transcript) is { Success: true } match)
            {
                return match.Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no {pattern} in 30 s; transcript:\n{Transcript}");
    }

    public async Task<int> ExitAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (transcript)
            {
                transcript.Append(line).Append('\n');
            }
        }
    }
}
