namespace RoleCall.Cli.Hosting;

/// <summary>
/// The process's streams. stdout is a contract (only command output goes there); prompts and diagnostics
/// go to <see cref="Error"/>. Tests pass a <see cref="BufferConsole"/>.
/// </summary>
internal interface IConsole
{
    TextWriter Out { get; }

    TextWriter Error { get; }

    TextReader In { get; }

    /// <summary>True when stdin is an interactive terminal (prompts may hide input and re-ask).</summary>
    bool IsInputInteractive { get; }
}
