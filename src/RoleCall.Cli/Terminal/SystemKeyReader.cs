namespace RoleCall.Cli.Terminal;

/// <summary>The process's terminal: <see cref="Console.ReadKey(bool)"/> with interception, so nothing is echoed.</summary>
internal sealed class SystemKeyReader : IKeyReader
{
    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);
}
