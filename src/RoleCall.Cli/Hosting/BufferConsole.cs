namespace RoleCall.Cli.Hosting;

/// <summary>An in-memory console for tests: captured output and scripted input.</summary>
internal sealed class BufferConsole(string input = "", bool interactive = false) : IConsole, IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public TextWriter Out => _out;

    public TextWriter Error => _error;

    public TextReader In { get; } = new StringReader(input);

    public bool IsInputInteractive => interactive;

    public string StandardOutput => _out.ToString();

    public string StandardError => _error.ToString();

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
    }
}
