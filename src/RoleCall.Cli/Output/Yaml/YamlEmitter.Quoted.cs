using System.Globalization;

namespace RoleCall.Cli.Output.Yaml;

/// <summary>Quoted scalars: PyYAML's write_single_quoted and write_double_quoted.</summary>
internal sealed partial class YamlEmitter
{
    public void WriteSingleQuoted(string text, int indent, bool split)
    {
        WriteIndicator("'", needWhitespace: true);
        bool spaces = false, breaks = false;
        var start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch != ' ')
                {
                    if (start + 1 == end && _column > BestWidth && split && start != 0 && end != text.Length)
                    {
                        WriteIndent(indent);
                    }
                    else
                    {
                        Write(text[start..end]);
                    }

                    start = end;
                }
            }
            else if (breaks)
            {
                if (ch is null || !Breaks.Contains(ch.Value, StringComparison.Ordinal))
                {
                    // A line break in a quoted scalar is written as an empty line (folding keeps it).
                    if (text[start] == '\n')
                    {
                        WriteLineBreak();
                    }

                    foreach (var br in text[start..end])
                    {
                        WriteLineBreak(br == '\n' ? "\n" : br.ToString());
                    }

                    WriteIndent(indent);
                    start = end;
                }
            }
            else if ((ch is null || ch == ' ' || ch == '\'' || Breaks.Contains(ch.Value, StringComparison.Ordinal)) && start < end)
            {
                Write(text[start..end]);
                start = end;
            }

            if (ch == '\'')
            {
                Write("''");
                start = end + 1;
            }

            if (ch is { } c)
            {
                spaces = c == ' ';
                breaks = Breaks.Contains(c, StringComparison.Ordinal);
            }
        }

        WriteIndicator("'", needWhitespace: false);
    }

    public void WriteDoubleQuoted(string text, int indent, bool split)
    {
        WriteIndicator("\"", needWhitespace: true);
        var start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (ch is null || NeedsEscape(ch.Value))
            {
                if (start < end)
                {
                    Write(text[start..end]);
                    start = end;
                }

                if (ch is { } c)
                {
                    // An astral character (a surrogate pair here) is one \UXXXXXXXX escape in Python.
                    if (char.IsHighSurrogate(c) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]))
                    {
                        Write("\\U" + char.ConvertToUtf32(c, text[end + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        end++;
                    }
                    else
                    {
                        Write(Escape(c));
                    }

                    start = end + 1;
                }
            }

            if (end > 0 && end < text.Length - 1 && (ch == ' ' || start >= end) && _column + (end - start) > BestWidth && split)
            {
                var data = text[start..end] + "\\";
                if (start < end)
                {
                    start = end;
                }

                Write(data);
                WriteIndent(indent);
                _whitespace = false;
                _indention = false;
                if (text[start] == ' ')
                {
                    Write("\\");
                }
            }
        }

        WriteIndicator("\"", needWhitespace: false);
    }

    private static bool NeedsEscape(char ch) =>
        ch is '"' or '\\' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF'
        || !((ch >= ' ' && ch <= '~') || (ch >= '\u00A0' && ch <= '\uD7FF') || (ch >= '\uE000' && ch <= '\uFFFD'));
}
