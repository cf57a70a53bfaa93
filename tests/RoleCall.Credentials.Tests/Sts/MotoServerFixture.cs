using System.Diagnostics;
using System.Net.Sockets;

namespace RoleCall.Credentials.Tests.Sts;

/// <summary>
/// `moto_server -H 127.0.0.1 -p PORT`: an independent STS implementation on this machine, started once for
/// the test class and stopped after it. Missing moto fails the tests with the command that installs it.
/// </summary>
public sealed class MotoServerFixture : IDisposable
{
    private readonly Process? _process;

    public MotoServerFixture()
    {
        Port = FreePort.Next();
        try
        {
            _process = Process.Start(new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            StartError = "moto_server is required: pip install 'moto[server]' (" + ex.Message + ")";
            return;
        }

        // Drain its output so a full pipe never blocks it.
        _process!.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        StartError = "moto_server did not start listening on port " + Port;
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>Why moto is not usable, or null.</summary>
    public string? StartError { get; }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
    }
}
