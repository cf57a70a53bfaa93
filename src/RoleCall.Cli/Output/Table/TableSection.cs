namespace RoleCall.Cli.Output.Table;

/// <summary>One titled block of the table: optional column headers and rows of cells (awscli/table.py Section).</summary>
internal sealed class TableSection
{
    private List<int> _maxWidths = [];
    private int? _columns;

    public string Title { get; set; } = string.Empty;

    public int IndentLevel { get; set; }

    public List<string> Headers { get; private set; } = [];

    public List<List<string>> Rows { get; } = [];

    public void AddHeader(List<string> headers)
    {
        UpdateMaxWidths(headers);
        _columns ??= headers.Count;
        Headers = headers;
    }

    public void AddRow(List<string> row)
    {
        _columns ??= row.Count;
        if (row.Count != _columns)
        {
            throw OutputErrors.TableRowShape(_columns.Value, row.Count);
        }

        Rows.Add(row);
        UpdateMaxWidths(row);
    }

    /// <summary>Column widths scaled to fill <paramref name="maxWidth"/> exactly (Python's round-half-even, then off-by-one fixes).</summary>
    public List<int> ColumnWidths(int padding = 0, int? maxWidth = null)
    {
        var unscaled = _maxWidths.Select(w => w + padding).ToList();
        if (maxWidth is not { } max || unscaled.Count == 0)
        {
            return unscaled;
        }

        var scale = max / (double)unscaled.Sum();
        var scaled = unscaled.Select(w => (int)Math.Round(scale * w, MidpointRounding.ToEven)).ToList();
        var offBy = scaled.Sum() - max;
        while (offBy != 0)
        {
            var order = Enumerable.Range(0, scaled.Count);
            foreach (var i in offBy < 0 ? order.Reverse() : order)
            {
                if (offBy > 0)
                {
                    scaled[i]--;
                    offBy--;
                }
                else
                {
                    scaled[i]++;
                    offBy++;
                }

                if (offBy == 0)
                {
                    break;
                }
            }
        }

        return scaled;
    }

    public int TotalWidth(int padding, int outerPadding)
    {
        const int borderPadding = 2;
        var total = ColumnWidths().Sum(w => w + padding) + borderPadding + (2 * outerPadding);
        return Math.Max(TextWidth.Of(Title) + borderPadding + (2 * outerPadding), total);
    }

    private void UpdateMaxWidths(List<string> row)
    {
        if (_maxWidths.Count == 0)
        {
            _maxWidths = row.Select(TextWidth.Of).ToList();
            return;
        }

        for (var i = 0; i < row.Count && i < _maxWidths.Count; i++)
        {
            _maxWidths[i] = Math.Max(TextWidth.Of(row[i]), _maxWidths[i]);
        }
    }
}
