using System.Text;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// The process's standard streams. On Unix they are <see cref="DescriptorStream"/>s over descriptors 0, 1
/// and 2 rather than Console.Out, Console.Error, Console.In or Console.OpenStandard*(): the first write or
/// read through any of those initializes .NET's terminal handling, which writes `ESC[?1h ESC=` (keypad transmit mode) to
/// the terminal and never resets it (issue 16, item 6). The AWS CLI leaves the terminal as it found it, and so
/// does rolecall.
/// </summary>
internal sealed class SystemConsole : IConsole
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TextWriter Out { get; } = OperatingSystem.IsWindows() ? Console.Out : Writer(1);

    public TextWriter Error { get; } = OperatingSystem.IsWindows() ? Console.Error : Writer(2);

    public TextReader In { get; } = OperatingSystem.IsWindows() ? Console.In : new StreamReader(new DescriptorStream(0, FileAccess.Read), Utf8, detectEncodingFromByteOrderMarks: false);

    public bool IsInputInteractive => !Console.IsInputRedirected;

    // Flushed on every write, as Console.Out is, so output and prompts interleave as written.
    private static TextWriter Writer(int descriptor) =>
        TextWriter.Synchronized(new StreamWriter(new DescriptorStream(descriptor, FileAccess.Write), Utf8) { AutoFlush = true });
}
