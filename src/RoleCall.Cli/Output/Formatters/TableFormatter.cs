using RoleCall.Cli.Output.Table;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// `--output table`, ported from awscli/formatter.py TableFormatter: the operation name as the title, an
/// object's scalar keys (sorted) as one header row and value row, nested values as indented sub-sections
/// titled by their key, and a list of objects as rows under the union of their scalar keys. As in the AWS CLI,
/// a falsy result (null, false, 0, "", [], {}) prints nothing and a top-level scalar prints only the title.
/// </summary>
internal sealed class TableFormatter : OutputFormatter
{
    protected override void Print(JmesValue value, OutputOptions options, TextWriter output)
    {
        var table = new MultiTable(options.TerminalWidth);
        if (Build(table, options.OperationName, value, 0))
        {
            table.Render(output);
        }
    }

    private static bool Build(MultiTable table, string? title, JmesValue current, int indentLevel)
    {
        if (!IsPythonTruthy(current))
        {
            return false;
        }

        if (title is not null)
        {
            table.NewSection(title, indentLevel);
        }

        if (current is JmesArray list)
        {
            if (list[0] is JmesObject)
            {
                BuildFromList(table, list, indentLevel, title);
            }
            else
            {
                foreach (var item in list)
                {
                    BuildListItem(table, item);
                }
            }
        }
        else if (current is JmesObject obj)
        {
            BuildFromObject(table, obj, indentLevel);
        }

        return true;
    }

    private static void BuildListItem(MultiTable table, JmesValue item)
    {
        if (PythonText.IsScalar(item))
        {
            table.AddRow([PythonText.Str(item)]);
        }
        else if (item is JmesArray inner && inner.All(PythonText.IsScalar))
        {
            table.AddRow(inner.Select(PythonText.Str).ToList());
        }
        else if (item is JmesObject keys)
        {
            // Python iterates a dict's keys, which are all scalars, so the AWS CLI prints them as a row.
            table.AddRow(keys.Keys.ToList());
        }
        else
        {
            Build(table, title: null, item, 0);
        }
    }

    private static void BuildFromObject(MultiTable table, JmesObject current, int indentLevel)
    {
        var (headers, more) = GroupScalarKeys([current]);
        if (headers.Count == 1)
        {
            table.AddRow([headers[0], PythonText.Str(current.Get(headers[0]))]);
        }
        else if (headers.Count > 0)
        {
            table.AddRowHeader(headers);
            table.AddRow(headers.Select(h => PythonText.Str(current.Get(h))).ToList());
        }

        foreach (var key in more)
        {
            Build(table, key, current.Get(key), indentLevel + 1);
        }
    }

    private static void BuildFromList(MultiTable table, JmesArray current, int indentLevel, string? title)
    {
        var elements = current.OfType<JmesObject>().ToList();
        var (headers, more) = GroupScalarKeys(elements);
        table.AddRowHeader(headers);
        var first = true;
        foreach (var element in elements)
        {
            if (!first && more.Count > 0)
            {
                table.NewSection(title ?? string.Empty, indentLevel);
                table.AddRowHeader(headers);
            }

            first = false;
            table.AddRow(headers.Select(h => element.TryGetValue(h, out var v) ? PythonText.Str(v) : string.Empty).ToList());
            foreach (var key in more)
            {
                if (element.TryGetValue(key, out var nested))
                {
                    Build(table, key, nested, indentLevel + 1);
                }
            }
        }
    }

    /// <summary>The sorted keys whose values are scalars (the header) and the sorted rest, over all the objects.</summary>
    private static (List<string> Headers, List<string> More) GroupScalarKeys(IEnumerable<JmesObject> objects)
    {
        var headers = new SortedSet<string>(StringComparer.Ordinal);
        var more = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            foreach (var (key, value) in obj)
            {
                (PythonText.IsScalar(value) ? headers : more).Add(key);
            }
        }

        return ([.. headers], [.. more]);
    }

    private static bool IsPythonTruthy(JmesValue value) => value switch
    {
        JmesNumber n => n.Value != 0,
        _ => value.IsTruthy,
    };
}
