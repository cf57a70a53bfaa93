using System.Globalization;

namespace RoleCall.Cli.Output.Yaml;

/// <summary>
/// The character-level half of PyYAML's Emitter (shared by ruamel.yaml): tracks the column, writes
/// indicators and indentation, and writes plain, single- and double-quoted scalars with their line folding
/// at a best width of 80.
/// </summary>
internal sealed partial class YamlEmitter(TextWriter output)
{
    private const int BestWidth = 80;
    private const string Breaks = "\n\u0085\u2028\u2029";

    private int _column;
    private bool _whitespace = true;
    private bool _indention = true;

    /// <summary>Set by a plain scalar at the document root: the document then needs an explicit `...` end.</summary>
    public bool OpenEnded { get; set; }

    public void WriteIndicator(string indicator, bool needWhitespace, bool whitespace = false, bool indention = false)
    {
        var data = _whitespace || !needWhitespace ? indicator : " " + indicator;
        _whitespace = whitespace;
        _indention = _indention && indention;
        _column += data.Length;
        OpenEnded = false;
        output.Write(data);
    }

    public void WriteIndent(int indent)
    {
        if (!_indention || _column > indent || (_column == indent && !_whitespace))
        {
            WriteLineBreak();
        }

        if (_column < indent)
        {
            _whitespace = true;
            output.Write(new string(' ', indent - _column));
            _column = indent;
        }
    }

    public void WriteLineBreak(string data = "\n")
    {
        _whitespace = true;
        _indention = true;
        _column = 0;
        output.Write(data);
    }

    public void WritePlain(string text, int indent, bool split)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!_whitespace)
        {
            Write(" ");
        }

        _whitespace = false;
        _indention = false;
        bool spaces = false, breaks = false;
        var start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch != ' ')
                {
                    // A single space past the best width becomes a line break.
                    if (start + 1 == end && _column > BestWidth && split)
                    {
                        WriteIndent(indent);
                        _whitespace = false;
                        _indention = false;
                    }
                    else
                    {
                        Write(text[start..end]);
                    }

                    start = end;
                }
            }
            else if (!breaks && (ch is null || ch == ' ' || Breaks.Contains(ch.Value, StringComparison.Ordinal)))
            {
                Write(text[start..end]);
                start = end;
            }

            if (ch is { } c)
            {
                spaces = c == ' ';
                breaks = Breaks.Contains(c, StringComparison.Ordinal);
            }
        }
    }

    private void Write(string data)
    {
        _column += data.Length;
        output.Write(data);
    }

    private static string Escape(char ch) => ch switch
    {
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\v' => "\\v",
        '\f' => "\\f",
        '\r' => "\\r",
        '\u001B' => "\\e",
        '"' => "\\\"",
        '\\' => "\\\\",
        '\u0085' => "\\N",
        '\u00A0' => "\\_",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        <= '\u00FF' => "\\x" + ((int)ch).ToString("X2", CultureInfo.InvariantCulture),
        _ => "\\u" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture),
    };
}
