using System.Text;
using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Terminal;

/// <summary>
/// The prompter over an <see cref="IConsole"/>: prompt on stderr, answer from stdin. When stdin is the real
/// terminal, secrets are read key by key without echo (Backspace edits, Enter ends, Ctrl+D on an empty
/// line is end of input); from a pipe or in tests a secret is just the next line.
/// </summary>
internal sealed class ConsolePrompter(IConsole console, IKeyReader? keys = null) : IPrompter
{
    /// <summary>The prompter for a command's console: hidden input only on the process's own interactive terminal.</summary>
    public static ConsolePrompter For(IConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new ConsolePrompter(console, console is SystemConsole && console.IsInputInteractive ? new SystemKeyReader() : null);
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
            return ReadLine(prompt);
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

    private void Show(string prompt)
    {
        console.Error.Write(prompt);
        console.Error.Flush();
    }
}
