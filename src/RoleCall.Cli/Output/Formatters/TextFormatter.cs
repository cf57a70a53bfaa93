using RoleCall.Cli.Output.Pagination;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// `--output text`, ported from awscli/text.py: an object's scalar values on one tab-separated line (keys
/// sorted, prefixed with the upper-cased key it came from), nested objects and lists after it; a list of
/// objects uses the union of their scalar keys as columns. Paginated calls print page by page, each page
/// queried separately, then `NEXTTOKEN` when --max-items stopped early.
/// </summary>
internal sealed class TextFormatter : OutputFormatter
{
    public override void WritePaged(PagedResponse response, OutputOptions options, TextWriter output)
    {
        for (var i = 0; i < response.Pages.Count; i++)
        {
            Write(response.TextPage(i), options, output);
        }

        if (response.ResumeToken is not null)
        {
            // As the AWS CLI does, the query is applied to this synthetic page too.
            var token = new JmesObject([new("NextToken", new JmesString(response.ResumeToken))]);
            Write(new JmesObject([new("NextToken", token)]), options, output);
        }
    }

    protected override void Print(JmesValue value, OutputOptions options, TextWriter output) =>
        FormatText(value, output, identifier: null, scalarKeys: null);

    private static void FormatText(JmesValue item, TextWriter output, string? identifier, List<string>? scalarKeys)
    {
        switch (item)
        {
            case JmesObject obj:
                FormatObject(obj, output, identifier, scalarKeys);
                break;
            case JmesArray list:
                FormatList(list, output, identifier);
                break;
            default:
                output.Write(PythonText.Str(item));
                output.Write('\n');
                break;
        }
    }

    private static void FormatList(JmesArray list, TextWriter output, string? identifier)
    {
        if (list.Count == 0)
        {
            return;
        }

        if (list.Any(e => e is JmesObject))
        {
            if (!list.All(e => e is JmesObject))
            {
                // awscli/text.py reads every element's items() here and fails on the others; so does this.
                throw OutputErrors.TextMixedList();
            }

            var columns = ScalarColumns(list);
            foreach (var element in list)
            {
                FormatText(element, output, identifier, columns);
            }
        }
        else if (list.Any(e => e is JmesArray))
        {
            var scalars = list.Where(PythonText.IsScalar).ToList();
            if (scalars.Count > 0)
            {
                FormatScalarList(scalars, output, identifier);
            }

            foreach (var nested in list.Where(e => !PythonText.IsScalar(e)))
            {
                FormatText(nested, output, identifier, scalarKeys: null);
            }
        }
        else
        {
            FormatScalarList(list, output, identifier);
        }
    }

    /// <summary>The union of the elements' scalar keys, sorted: the columns of a list of objects.</summary>
    private static List<string> ScalarColumns(JmesArray objects)
    {
        // Loops, not LINQ: LINQ over KeyValuePair structs runs unoptimized (JIT tier 0) for a whole CLI run.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var element in objects)
        {
            var obj = (JmesObject)element;
            for (var i = 0; i < obj.Count; i++)
            {
                if (PythonText.IsScalar(obj[i].Value) && seen.Add(obj[i].Key))
                {
                    keys.Add(obj[i].Key);
                }
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static void FormatScalarList(IEnumerable<JmesValue> elements, TextWriter output, string? identifier)
    {
        if (identifier is not null)
        {
            foreach (var element in elements)
            {
                output.Write($"{identifier.ToUpperInvariant()}\t{PythonText.Str(element)}\n");
            }
        }
        else
        {
            output.Write(string.Join('\t', elements.Select(PythonText.Str)));
            output.Write('\n');
        }
    }

    private static void FormatObject(JmesObject obj, TextWriter output, string? identifier, List<string>? scalarKeys)
    {
        var scalars = new List<string>();
        var nested = new List<string>();
        var keys = SortedKeys(obj);
        if (scalarKeys is null)
        {
            foreach (var key in keys)
            {
                var value = obj.Get(key);
                if (PythonText.IsScalar(value))
                {
                    scalars.Add(PythonText.Str(value));
                }
                else
                {
                    nested.Add(key);
                }
            }
        }
        else
        {
            // Columns come from the whole list; a key this element lacks prints as an empty field.
            foreach (var key in scalarKeys)
            {
                scalars.Add(obj.TryGetValue(key, out var value) ? PythonText.Str(value) : string.Empty);
            }

            foreach (var key in keys)
            {
                if (scalarKeys.BinarySearch(key, StringComparer.Ordinal) < 0)
                {
                    nested.Add(key);
                }
            }
        }

        if (scalars.Count > 0)
        {
            if (identifier is not null)
            {
                scalars.Insert(0, identifier.ToUpperInvariant());
            }

            output.Write(string.Join('\t', scalars));
            output.Write('\n');
        }

        foreach (var key in nested)
        {
            FormatText(obj.Get(key), output, key, scalarKeys: null);
        }
    }

    private static string[] SortedKeys(JmesObject obj)
    {
        var keys = new string[obj.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = obj[i].Key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }
}
