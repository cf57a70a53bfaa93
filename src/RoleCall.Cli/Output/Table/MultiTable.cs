using System.Text;

namespace RoleCall.Cli.Output.Table;

/// <summary>
/// Renders sections as the AWS CLI's boxed table (awscli/table.py MultiTable with the plain styler): every
/// section as wide as the widest, nested sections indented with `|` on both sides, and, when the table is
/// wider than the terminal, single-row sections turned vertical (header | value per line).
/// </summary>
internal sealed class MultiTable(int terminalWidth)
{
    private const int Padding = 4;
    private readonly List<TableSection> _sections = [];
    private TableSection? _current;

    public void NewSection(string title, int indentLevel = 0)
    {
        _current = new TableSection { Title = title, IndentLevel = indentLevel };
        _sections.Add(_current);
    }

    public void AddRowHeader(List<string> headers) => _current!.AddHeader(headers);

    public void AddRow(List<string> row) => _current!.AddRow(row);

    public void Render(TextWriter output)
    {
        var maxWidth = MaxWidth();
        if (maxWidth > terminalWidth)
        {
            ConvertToVertical();
            maxWidth = MaxWidth();
        }

        output.Write(new string('-', maxWidth) + "\n");
        foreach (var section in _sections)
        {
            RenderSection(section, maxWidth, output);
        }
    }

    private int MaxWidth() => _sections.Max(s => s.TotalWidth(Padding, s.IndentLevel));

    private void ConvertToVertical()
    {
        for (var i = 0; i < _sections.Count; i++)
        {
            var section = _sections[i];
            if (section.Rows.Count == 1 && section.Headers.Count > 0)
            {
                var vertical = new TableSection { Title = section.Title, IndentLevel = section.IndentLevel };
                foreach (var (header, cell) in section.Headers.Zip(section.Rows[0]))
                {
                    vertical.AddRow([header, cell]);
                }

                _sections[i] = vertical;
            }
        }
    }

    private static void RenderSection(TableSection section, int maxWidth, TextWriter output)
    {
        var indent = new string('|', section.IndentLevel);
        void WriteLine(string text) => output.Write(indent + text + indent + "\n");

        maxWidth -= section.IndentLevel * 2;
        if (section.Title.Length > 0)
        {
            WriteLine(CenterText(section.Title, maxWidth, "|", "|"));
            if (section.Headers.Count == 0 && section.Rows.Count == 0)
            {
                WriteLine("+" + new string('-', maxWidth - 2) + "+");
            }
        }

        if (section.Headers.Count > 0)
        {
            var widths = section.ColumnWidths(Padding, maxWidth);
            WriteLine(LineBreak(widths));
            var line = new StringBuilder();
            foreach (var (width, header, index) in widths.Zip(section.Headers, Enumerable.Range(0, widths.Count)))
            {
                line.Append(CenterText(header, width, index == 0 ? "|" : string.Empty, "|"));
            }

            WriteLine(line.ToString());
        }

        if (section.Rows.Count > 0 && section.ColumnWidths(Padding, maxWidth) is { Count: > 0 } rowWidths)
        {
            WriteLine(LineBreak(rowWidths));
            foreach (var row in section.Rows)
            {
                var line = new StringBuilder();
                foreach (var (width, cell, index) in rowWidths.Zip(row, Enumerable.Range(0, rowWidths.Count)))
                {
                    line.Append(AlignLeft(cell, width, index == 0 ? "|" : string.Empty, "|"));
                }

                WriteLine(line.ToString());
            }

            WriteLine(LineBreak(rowWidths));
        }
    }

    private static string LineBreak(List<int> widths) =>
        string.Concat(widths.Select((w, i) => i == 0 ? "+" + new string('-', w - 2) + "+" : new string('-', w - 1) + "+"));

    private static string CenterText(string text, int length, string leftEdge, string rightEdge)
    {
        var textLength = TextWidth.Of(text);
        var charStart = (length / 2) - (textLength / 2) - 1;
        var left = leftEdge + Spaces(charStart) + text;
        var soFar = TextWidth.Of(leftEdge) + charStart + textLength;
        return left + Spaces(length - TextWidth.Of(rightEdge) - soFar) + rightEdge;
    }

    private static string AlignLeft(string text, int length, string leftEdge, string rightEdge)
    {
        const int leftPadding = 2;
        var textLength = TextWidth.Of(text);
        var computed = textLength + leftPadding + TextWidth.Of(leftEdge) + TextWidth.Of(rightEdge);
        var padding = length - computed >= 0 ? leftPadding : 0;
        var soFar = leftEdge.Length + padding + textLength;
        return leftEdge + Spaces(padding) + text + Spaces(length - soFar - rightEdge.Length) + rightEdge;
    }

    /// <summary>Python's `' ' * n`, which is empty for negative n.</summary>
    private static string Spaces(int count) => count > 0 ? new string(' ', count) : string.Empty;
}
