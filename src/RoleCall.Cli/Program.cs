using System.Collections;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli;

/// <summary>The composition root: the only place that reads the process environment, console and clock.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };

        var console = new SystemConsole();
        var application = new CliApplication(CommandCatalog.Default, console, environment, TimeProvider.System);
        return await application.RunAsync(args, interrupt.Token);
    }
}
