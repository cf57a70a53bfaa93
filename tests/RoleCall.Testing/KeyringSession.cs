using System.ComponentModel;
using System.Diagnostics;
using Xunit;

namespace RoleCall.Testing;

/// <summary>
/// A private session bus (dbus-daemon) with a real gnome-keyring-daemon on it, its login keyring created and
/// unlocked with a password on stdin, in a temp HOME; both processes are ended by Dispose. Missing programs
/// fail the test with the apt packages to install.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class KeyringSession : IDisposable
{
    public const string Install = "apt-get install -y dbus gnome-keyring libsecret-tools";
    public const string BusVariable = "DBUS_SESSION_BUS_ADDRESS";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "rolecall-keyring-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Process _bus;
    private readonly Process _keyring;

    public KeyringSession()
    {
        var runtime = Path.Combine(_temp, "run");
        Directory.CreateDirectory(Path.Combine(_temp, "home"));
        Directory.CreateDirectory(runtime, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = Path.Combine(_temp, "home"),
            ["XDG_RUNTIME_DIR"] = runtime,
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        _bus = Start("dbus-daemon", ["--session", "--nofork", "--print-address=1"]);
        Address = _bus.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"dbus-daemon printed no address: {_bus.StandardError.ReadToEnd()}");
        Environment[BusVariable] = Address;
        _keyring = Start("gnome-keyring-daemon", ["--foreground", "--unlock", "--components=secrets"]);
        _keyring.StandardInput.Write("keyring password");
        _keyring.StandardInput.Close();
        var ready = Stopwatch.StartNew();
        while (!Owned())
        {
            Assert.True(ready.Elapsed < TimeSpan.FromSeconds(20), $"gnome-keyring-daemon did not register on the bus: {Install}");
            Thread.Sleep(50);
        }
    }

    /// <summary>The bus address (DBUS_SESSION_BUS_ADDRESS).</summary>
    public string Address { get; }

    /// <summary>HOME, XDG_RUNTIME_DIR, PATH and DBUS_SESSION_BUS_ADDRESS, for peers such as secret-tool.</summary>
    public Dictionary<string, string> Environment { get; }

    public string Home => Environment["HOME"];

    /// <summary>Runs a peer on this bus (secret-tool, dbus-send); it must be installed.</summary>
    public PeerResult Run(string program, params string[] arguments)
    {
        try
        {
            return Peers.Execute(program, arguments, Environment);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"`{program}` is missing: {Install}", e);
        }
    }

    /// <summary>`secret-tool store` with the secret on stdin, into the default (login) keyring.</summary>
    public PeerResult Store(string secret, string[] attributes) =>
        Peers.Execute("secret-tool", ["store", "--label=stored by secret-tool", .. attributes], Environment, stdin: secret);

    /// <summary>Locks the login keyring, as a screen lock or `secret-tool lock` would.</summary>
    public void LockLogin()
    {
        var result = Run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock", "array:objpath:/org/freedesktop/secrets/collection/login");
        Assert.True(result.ExitCode == 0, result.StandardError);
    }

    /// <summary>The collection's Locked property, read with dbus-send (the daemon's own answer).</summary>
    public bool IsLocked(string collection = "login")
    {
        var result = Run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets/collection/" + collection,
            "org.freedesktop.DBus.Properties.Get", "string:org.freedesktop.Secret.Collection", "string:Locked");
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput.Contains("boolean true", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var process in new[] { _keyring, _bus })
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }

        Directory.Delete(_temp, recursive: true);
    }

    private bool Owned() => Run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets").StandardOutput.Contains("boolean true", StringComparison.Ordinal);

    private Process Start(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"`{program}` is not installed: {Install}", e);
        }
    }
}
