using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.Replicas;

/// <summary>
/// `rolecall serve --store URL --data DIR --port 0` as a child process, so a test can `kill -9` it: its URL from the
/// start line; killed (SIGKILL) on <see cref="Kill"/> or dispose.
/// </summary>
internal sealed partial class ReplicaProcess : IDisposable
{
    private readonly Process process;

    private ReplicaProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ReplicaProcess> StartAsync(string storeUrl, string dataDirectory, string keyFile, string rootKeyId, string rootSecret)
    {
        var rolecall = Path.Combine(Path.GetDirectoryName(typeof(RoleCall.Cli.Commands.ServeCommands).Assembly.Location)!, "rolecall.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[rolecall, "serve", "--store", storeUrl, "--data", dataDirectory, "--port", "0", "--root-access-key-id", rootKeyId])
        {
            start.ArgumentList.Add(argument);
        }

        // The secret through the environment, never argv (the rule `serve --help` states).
        start.Environment["ROLECALL_ROOT_SECRET_ACCESS_KEY"] = rootSecret;
        start.Environment["ROLECALL_STORE_KEY_FILE"] = keyFile;
        start.Environment.Remove("ROLECALL_STORE");
        var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var lines = new List<string>();
        Match match = Match.Empty;
        while (!(match = StartLine().Match(string.Join('\n', lines))).Success && await process.StandardOutput.ReadLineAsync(reading.Token) is { } line)
        {
            lines.Add(line);
        }

        if (!match.Success)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException("rolecall serve --store printed no start line: " + string.Join('\n', lines) + await stderr);
        }

        // Keep draining stdout so the server never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        return new ReplicaProcess(process, new Uri(match.Groups[1].Value));
    }

    /// <summary>SIGKILL: no shutdown code runs, open connections and transactions are cut.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://[0-9.]+:\d+)")]
    private static partial Regex StartLine();
}
