namespace RoleCall.Cli.Hosting;

internal sealed class SystemConsole : IConsole
{
    public TextWriter Out { get; } = Console.Out;

    public TextWriter Error { get; } = Console.Error;

    public TextReader In => Console.In;

    public bool IsInputInteractive => !Console.IsInputRedirected;
}
