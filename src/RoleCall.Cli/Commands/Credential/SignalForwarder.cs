using System.Runtime.InteropServices;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Keeps rolecall alive on SIGTERM/SIGHUP/SIGQUIT/SIGINT while `exec` runs a child and passes each signal on to
/// the child, so the child decides how to stop and its exit code becomes rolecall's. SIGINT is not forwarded
/// when stdin is a terminal: Ctrl-C already reaches the child there (same process group), and forwarding would
/// deliver it twice. A signal that arrives before the child exists is held and delivered on <see cref="Attach"/>.
/// </summary>
internal sealed class SignalForwarder(bool interactive)
{
    private readonly Lock _gate = new();
    private readonly List<int> _pending = [];
    private int _child;

    /// <summary>Installs the handlers; disposing the result removes them.</summary>
    public IDisposable Register()
    {
        var registrations = new Registrations();
        if (OperatingSystem.IsWindows())
        {
            return registrations;
        }

        foreach (var signal in (PosixSignal[])[PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT, PosixSignal.SIGINT])
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // Stay alive until the child exits; its exit code is ours.
                context.Cancel = true;
                if (signal != PosixSignal.SIGINT || !interactive)
                {
                    Forward(Number(signal));
                }
            }));
        }

        return registrations;
    }

    /// <summary>From now on signals go to <paramref name="pid"/>; any held ones are delivered now.</summary>
    public void Attach(int pid)
    {
        int[] held;
        lock (_gate)
        {
            _child = pid;
            held = [.. _pending];
            _pending.Clear();
        }

        foreach (var signal in held)
        {
            _ = Kill(pid, signal);
        }
    }

    private void Forward(int signal)
    {
        lock (_gate)
        {
            if (_child == 0)
            {
                _pending.Add(signal);
                return;
            }
        }

        _ = Kill(_child, signal);
    }

    private static int Number(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        _ => 15,
    };

    // DllImport rather than LibraryImport: a blittable (int, int) -> int call needs no marshalling code, and
    // LibraryImport would need AllowUnsafeBlocks for the whole CLI project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054

    private sealed class Registrations : IDisposable
    {
        private readonly List<PosixSignalRegistration> _items = [];

        public void Add(PosixSignalRegistration registration) => _items.Add(registration);

        public void Dispose() => _items.ForEach(r => r.Dispose());
    }
}
