using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RoleCall.EndToEnd.Tests.Server;

/// <summary>`rolecall serve` as a real process: start line, printed root keys, health, clean stop on SIGTERM.</summary>
public sealed partial class ServeProcessTests
{
    [Fact]
    public async Task Should_print_the_url_and_new_root_keys_then_stop_cleanly_on_sigterm()
    {
        var rolecall = Path.Combine(Path.GetDirectoryName(typeof(RoleCall.Cli.Commands.ServeCommands).Assembly.Location)!, "rolecall.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[rolecall, "serve", "--in-memory", "--port", "0", "--account-id", "210987654321", "--add-account", "111122223333"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ROLECALL_ROOT_ACCESS_KEY_ID");
        start.Environment.Remove("ROLECALL_ROOT_SECRET_ACCESS_KEY");
        using var process = Process.Start(start)!;
        try
        {
            // The banner ends with the second account's secret; a timeout guards against a silent server.
            using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var lines = new List<string>();
            while (lines.Count(l => l.Contains("AWS_SECRET_ACCESS_KEY=", StringComparison.Ordinal)) < 2
                && await process.StandardOutput.ReadLineAsync(reading.Token) is { } line)
            {
                lines.Add(line);
            }

            var banner = string.Join('\n', lines);
            var url = StartLine().Match(banner);
            Assert.True(url.Success, "no start line in: " + banner);
            Assert.Contains("account 210987654321", banner, StringComparison.Ordinal);
            Assert.Matches(@"AWS_ACCESS_KEY_ID=AKIA[A-Z2-7]{16}", banner);
            Assert.Matches(@"AWS_SECRET_ACCESS_KEY=\S{40}", banner);

            using var http = new HttpClient();
            using var health = await http.GetAsync(new Uri(new Uri(url.Groups[1].Value), "/_rolecall/health"));
            Assert.Equal(200, (int)health.StatusCode);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var rest = await process.StandardOutput.ReadToEndAsync(stopping.Token);
            await process.WaitForExitAsync(stopping.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("rolecall serve: stopped", rest, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex StartLine();
}
