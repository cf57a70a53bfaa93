using System.Diagnostics;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// Opens a URL in the user's default browser: xdg-open (Linux), open (macOS), explorer (Windows). The URL
/// goes as one argument, never through a shell. False when no opener could be started, so the caller can
/// print the URL instead (`rolecall console`, `rolecall sso login`).
/// </summary>
internal static class BrowserOpener
{
    public static bool TryOpen(string url)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, [url]) { UseShellExecute = false });
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No opener on this machine.
            return false;
        }
    }
}
