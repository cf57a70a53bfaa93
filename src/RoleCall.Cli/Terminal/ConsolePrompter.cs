using System.Text;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// The prompter over an <see cref="IConsole"/>: prompt on stderr, answer from stdin. When stdin is the real
/// terminal, secrets are typed without echo (`stty -echo`, restored exactly after, as getpass does; on
/// Windows key by key through Console.ReadKey); from a pipe or in tests a secret is just the next line.
/// Tests may pass an <see cref="IKeyReader"/> to script the key-by-key path (Backspace edits, Enter ends,
/// Ctrl+D on an empty line is end of input).
/// </summary>
internal sealed class ConsolePrompter(IConsole console, IKeyReader? keys = null, bool echoOff = false, bool promptsOnStdout = false) : IPrompter
{
    /// <summary>
    /// The prompter of `configure`, whose questions the AWS CLI writes to stdout (its compat_input), where a
    /// script or a test that captures them expects them. MFA codes and passphrases keep stderr (getpass).
    /// </summary>
    public static ConsolePrompter ForConfigure(IConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new ConsolePrompter(console, promptsOnStdout: true);
    }

    /// <summary>The prompter for a command's console: hidden input only on the process's own interactive terminal.</summary>
    public static ConsolePrompter For(IConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var terminal = console is SystemConsole && console.IsInputInteractive;

        // Console.ReadKey puts a Unix terminal in keypad transmit mode for good (issue 16, item 6): stty there.
        return OperatingSystem.IsWindows()
            ? new ConsolePrompter(console, terminal ? new SystemKeyReader() : null)
            : new ConsolePrompter(console, echoOff: terminal);
    }

    public string? ReadLine(string prompt)
    {
        Show(prompt);
        return console.In.ReadLine();
    }

    public string? ReadSecret(string prompt)
    {
        if (keys is null)
        {
            return echoOff ? ReadWithoutEcho(prompt) : ReadLine(prompt);
        }

        Show(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = keys.ReadKey();
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    console.Error.WriteLine();
                    return typed.ToString();
                case ConsoleKey.Backspace:
                    typed.Length = Math.Max(0, typed.Length - 1);
                    break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && typed.Length == 0:
                    console.Error.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        typed.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }

    private string? ReadWithoutEcho(string prompt)
    {
        Show(prompt);
        using (TerminalEcho.Off())
        {
            var typed = console.In.ReadLine();

            // The Enter was not echoed either.
            console.Error.WriteLine();
            return typed;
        }
    }

    private void Show(string prompt)
    {
        var output = promptsOnStdout ? console.Out : console.Error;
        output.Write(prompt);
        output.Flush();
    }
}
