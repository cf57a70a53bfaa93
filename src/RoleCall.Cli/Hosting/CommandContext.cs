namespace RoleCall.Cli.Hosting;

/// <summary>Everything a command may touch: its arguments, the global options and the process's ambient state.</summary>
internal sealed class CommandContext(
    GlobalOptions globals,
    ArgumentReader arguments,
    IConsole console,
    IReadOnlyDictionary<string, string> environment,
    TimeProvider time)
{
    public GlobalOptions Globals { get; } = globals;

    public ArgumentReader Arguments { get; } = arguments;

    public IConsole Console { get; } = console;

    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    /// <summary>The process environment, captured once in Program; build AwsEnvironment from it.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; } = environment;

    public TimeProvider Time { get; } = time;

    /// <summary>`--debug` diagnostics, on stderr, in botocore's log shape (`time - MainThread - logger - DEBUG - message`). Never pass secrets here.</summary>
    public void Debug(string message)
    {
        if (Globals.Debug)
        {
            Error.WriteLine($"{Time.GetLocalNow():yyyy-MM-dd HH:mm:ss,fff} - MainThread - rolecall - DEBUG - {message}");
        }
    }
}
