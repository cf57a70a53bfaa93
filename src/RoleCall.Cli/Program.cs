using System.Collections;
using System.Runtime.InteropServices;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli;

/// <summary>The composition root: the only place that reads the process environment, console and clock.</summary>
internal static class Program
{
    // Not `async Task<int> Main`: each async method's Start is compiled at run time (a generic over the state
    // machine, outside ReadyToRun's reach), and a console program has no context to return to anyway.
    public static int Main(string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        using var interrupt = new CancellationTokenSource();

        // Ctrl+C cancels the command. A signal registration, not Console.CancelKeyPress, which would initialize
        // .NET's terminal handling and leave the terminal in keypad transmit mode (issue 16, item 6).
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            interrupt.Cancel();
        });

        var console = new SystemConsole();
        var application = new CliApplication(CommandCatalog.Default, console, environment, TimeProvider.System);
        return application.RunAsync(args, interrupt.Token).GetAwaiter().GetResult();
    }
}
