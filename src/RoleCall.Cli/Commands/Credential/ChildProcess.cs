using System.ComponentModel;
using System.Diagnostics;
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

        // Handlers first, so a signal that arrives while the child starts is not lost (nor kills rolecall
        // with the child left running): it is held and forwarded once the child exists.
        var forwarder = new SignalForwarder(interactive);
        using var registrations = forwarder.Register();
        Process child;
        try
        {
            child = Process.Start(start) ?? throw UsageException.Custom($"could not start {command[0]}");
        }
        catch (Win32Exception e)
        {
            // The runtime's message is a bare resource key in this trimmed build: say it as a shell would.
            throw ExecFailedException.CouldNotStart(command[0], e.NativeErrorCode);
        }

        using (child)
        {
            forwarder.Attach(child.Id);
            await child.WaitForExitAsync(CancellationToken.None);

            // .NET reports a child killed by signal N as 128 + N, as a shell does.
            return child.ExitCode;
        }
    }
}
