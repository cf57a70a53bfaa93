using System.Diagnostics;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// Turns the terminal's echo off while a secret is typed, as Python's getpass does, through `stty` on
/// /dev/tty: its exact settings are saved (`stty -g`) and restored when the returned scope ends. Unlike
/// Console.ReadKey this leaves the terminal as it was: .NET's console switches it to keypad transmit mode
/// (`ESC[?1h ESC=`) and never switches it back (issue 16, item 6).
/// </summary>
internal static class TerminalEcho
{
    /// <summary>Echo off until the scope is disposed; null where `stty` cannot reach /dev/tty (then input echoes).</summary>
    public static IDisposable? Off()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var saved = Stty("-g")?.Trim();
        return string.IsNullOrEmpty(saved) || Stty("-echo") is null ? null : new Restore(saved);
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

    private sealed class Restore(string saved) : IDisposable
    {
        public void Dispose() => Stty(saved);
    }
}
