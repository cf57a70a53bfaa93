using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RoleCall.EndToEnd.Tests.Client;

/// <summary>
/// `moto_server -H 127.0.0.1 -p PORT` for the class's tests: an independent STS. Fails (never skips) when
/// moto is not installed, naming what to install.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    public MotoServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="environment">Extra variables for moto (e.g. INITIAL_NO_AUTH_ACTION_COUNT, which makes it enforce IAM).</param>
    public MotoServer(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("moto_server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("moto_server is needed for these tests: pip install 'moto[server]'", e);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening(port);
    }

    public string Endpoint { get; }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with {_process.ExitCode}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("moto_server did not start listening within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
