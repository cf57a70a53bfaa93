using System.Diagnostics;
using System.Text.RegularExpressions;
using RoleCall.Core.Identity;

namespace RoleCall.EndToEnd.Tests.S3Peers;

/// <summary>
/// `dotnet rolecall.dll serve --data DIR --port 0` as a child process with a fixed root key (so a restart on
/// the same DIR is signed for by the same key), to be killed with SIGKILL, the way a crash ends it.
/// </summary>
internal sealed partial class ServeChild : IDisposable
{
    private readonly Process _process;

    private ServeChild(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ServeChild> StartAsync(string dataDirectory, AwsCredentials root)
    {
        var rolecall = Path.Combine(Path.GetDirectoryName(typeof(RoleCall.Cli.Commands.ServeCommands).Assembly.Location)!, "rolecall.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[rolecall, "serve", "--data", dataDirectory, "--port", "0"])
        {
            start.ArgumentList.Add(argument);
        }

        // The key goes through the environment, never argv.
        start.Environment["ROLECALL_ROOT_ACCESS_KEY_ID"] = root.AccessKeyId;
        start.Environment["ROLECALL_ROOT_SECRET_ACCESS_KEY"] = root.SecretAccessKey;
        start.Environment["ROLECALL_ROOT_PASSWORD"] = "Crash-test-password-1";
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(reading.Token) is { } line)
        {
            if (StartLine().Match(line) is { Success: true } url)
            {
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new ServeChild(process, new Uri(url.Groups[1].Value));
            }
        }

        process.Kill();
        process.Dispose();
        throw new InvalidOperationException("rolecall serve printed no start line (is src/RoleCall.Cli built?)");
    }

    /// <summary>SIGKILL (Process.Kill on Unix): no shutdown code runs, as in a crash or `kill -9`.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://[0-9.]+:\d+)")]
    private static partial Regex StartLine();
}
