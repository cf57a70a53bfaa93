using System.Text;

namespace RoleCall.Config.Ini;

/// <summary>
/// The lossless form of a config or credentials file: its physical lines with their own terminators, so an
/// unedited document renders back byte for byte and an edit touches only the lines it names (STYLE.md 3).
/// Meaning (sections, keys, continuations) comes from <see cref="IniParser"/>, which reads this document.
/// </summary>
internal sealed class IniDocument
{
    private readonly List<IniLine> _lines;

    private IniDocument(List<IniLine> lines) => _lines = lines;

    public IReadOnlyList<IniLine> Lines => _lines;

    public static IniDocument Empty() => new([]);

    /// <summary>Splits on "\r\n", "\n" and a lone "\r", as Python's universal newlines (and so botocore) do.</summary>
    public static IniDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<IniLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            var newline = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : c.ToString();
            lines.Add(new IniLine(text[start..i], newline));
            i += newline.Length - 1;
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new IniLine(text[start..], string.Empty));
        }

        return new IniDocument(lines);
    }

    public string Render()
    {
        var builder = new StringBuilder();
        foreach (var line in _lines)
        {
            builder.Append(line.Text).Append(line.Newline);
        }

        return builder.ToString();
    }

    /// <summary>The terminator new lines should use: the file's own (first one seen), "\n" for a new file.</summary>
    public string PreferredNewline => _lines.FirstOrDefault(l => l.Newline.Length > 0)?.Newline ?? "\n";

    public void Replace(int index, string text) => _lines[index] = _lines[index] with { Text = text };

    public void RemoveRange(int index, int count) => _lines.RemoveRange(index, count);

    /// <summary>Inserts whole lines before <paramref name="index"/>; a last line without terminator gets one first.</summary>
    public void Insert(int index, IEnumerable<string> texts)
    {
        EnsureTerminated(index - 1);
        var newline = PreferredNewline;
        _lines.InsertRange(index, texts.Select(t => new IniLine(t, newline)));
    }

    public void Append(IEnumerable<string> texts) => Insert(_lines.Count, texts);

    private void EnsureTerminated(int index)
    {
        if (index >= 0 && index < _lines.Count && _lines[index].Newline.Length == 0)
        {
            _lines[index] = _lines[index] with { Newline = PreferredNewline };
        }
    }
}
