using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// `rolecall serve --in-memory --port 0` as a child process: its URL from the start line, its resident memory
/// from /proc, killed on dispose.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri url, string banner)
    {
        _process = process;
        Url = url;
        Banner = banner;
    }

    public Uri Url { get; }

    /// <summary>Everything printed before the server was ready.</summary>
    public string Banner { get; }

    /// <summary>Resident set size in bytes (VmRSS of /proc/PID/status).</summary>
    public long ResidentBytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    public static async Task<ServeProcess> StartAsync(params string[] extra)
    {
        var rolecall = Path.Combine(Path.GetDirectoryName(typeof(RoleCall.Cli.Commands.ServeCommands).Assembly.Location)!, "rolecall.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[rolecall, "serve", "--in-memory", "--port", "0", .. extra])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ROLECALL_ROOT_ACCESS_KEY_ID");
        start.Environment.Remove("ROLECALL_ROOT_SECRET_ACCESS_KEY");
        var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var lines = new List<string>();
        while (!lines.Any(l => l.Contains("AWS_SECRET_ACCESS_KEY=", StringComparison.Ordinal))
            && await process.StandardOutput.ReadLineAsync(reading.Token) is { } line)
        {
            lines.Add(line);
        }

        var banner = string.Join('\n', lines) + "\n" + (process.HasExited ? await stderr : string.Empty);
        var url = StartLine().Match(banner);
        if (!url.Success)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException("rolecall serve printed no start line: " + banner);
        }

        // Keep draining stdout so the server never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        return new ServeProcess(process, new Uri(url.Groups[1].Value), banner + await PeekAsync(stderr));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static async Task<string> PeekAsync(Task<string> stderr) =>
        await Task.WhenAny(stderr, Task.Delay(200)) == stderr ? await stderr : string.Empty;

    [GeneratedRegex(@"listening on (http://[0-9.]+:\d+)")]
    private static partial Regex StartLine();
}
