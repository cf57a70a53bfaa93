using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Credential;

/// <summary>
/// Runs a child with inherited stdin/stdout/stderr and forwards termination signals to it. Ctrl-C at a terminal
/// already reaches the child (same process group), so SIGINT is forwarded only when stdin is not a terminal —
/// otherwise the child would see it twice.
/// </summary>
internal static class ChildProcess
{
    public static async Task<int> RunAsync(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, bool interactive)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process child;
        try
        {
            child = Process.Start(start) ?? throw UsageException.Custom($"could not start {command[0]}");
        }
        catch (Win32Exception e)
        {
            throw UsageException.Custom($"could not run {command[0]}: {e.Message}", "check the command name and PATH");
        }

        using (child)
        {
            var registrations = new List<PosixSignalRegistration>();
            if (!OperatingSystem.IsWindows())
            {
                foreach (var signal in (PosixSignal[])[PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT, PosixSignal.SIGINT])
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, context =>
                    {
                        // Stay alive until the child exits; its exit code is ours.
                        context.Cancel = true;
                        if (signal != PosixSignal.SIGINT || !interactive)
                        {
                            _ = Kill(child.Id, Number(signal));
                        }
                    }));
                }
            }

            try
            {
                await child.WaitForExitAsync(CancellationToken.None);
                return child.ExitCode;
            }
            finally
            {
                registrations.ForEach(r => r.Dispose());
            }
        }
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
}
