using System.Diagnostics;
using RoleCall.Credentials.Mfa;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// Reads the MFA code at the terminal as the AWS CLI does (getpass): echo off while the code is typed, the
/// terminal's exact settings restored afterwards (`stty -g` and back, also on error or Ctrl+C), and a newline
/// written in place of the unechoed Enter (issue 16, item 3). Where `stty` cannot reach /dev/tty the code is
/// read as before.
/// </summary>
internal sealed class NoEchoMfaTokenSource(IMfaTokenSource inner, TextWriter terminal) : IMfaTokenSource
{
    public bool CanRetry => inner.CanRetry;

    public async ValueTask<string> GetTokenAsync(string serial, CancellationToken cancellation)
    {
        var saved = Stty("-g")?.Trim();
        if (string.IsNullOrEmpty(saved) || Stty("-echo") is null)
        {
            return await inner.GetTokenAsync(serial, cancellation);
        }

        try
        {
            return await inner.GetTokenAsync(serial, cancellation);
        }
        finally
        {
            Stty(saved);
            await terminal.WriteLineAsync();
        }
    }

    /// <summary>Runs `stty -F /dev/tty ARGS` (`-f` on macOS); its stdout, or null when it failed.</summary>
    private static string? Stty(string arguments)
    {
        var start = new ProcessStartInfo("stty") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(OperatingSystem.IsMacOS() ? "-f" : "-F");
        start.ArgumentList.Add("/dev/tty");
        start.ArgumentList.Add(arguments);
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
