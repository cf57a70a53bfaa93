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

    private static void FormatText(JmesValue item, TextWriter output, string? identifier, IReadOnlyList<string>? scalarKeys)
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

            var allKeys = list.OfType<JmesObject>()
                .SelectMany(o => o.Where(p => PythonText.IsScalar(p.Value)).Select(p => p.Key))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var element in list)
            {
                FormatText(element, output, identifier, allKeys);
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

    private static void FormatObject(JmesObject obj, TextWriter output, string? identifier, IReadOnlyList<string>? scalarKeys)
    {
        var scalars = new List<string>();
        var nested = new List<KeyValuePair<string, JmesValue>>();
        if (scalarKeys is null)
        {
            foreach (var property in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (PythonText.IsScalar(property.Value))
                {
                    scalars.Add(PythonText.Str(property.Value));
                }
                else
                {
                    nested.Add(property);
                }
            }
        }
        else
        {
            // Columns come from the whole list; a key this element lacks prints as an empty field.
            scalars.AddRange(scalarKeys.Select(k => obj.TryGetValue(k, out var v) ? PythonText.Str(v) : string.Empty));
            nested.AddRange(obj.Where(p => !scalarKeys.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal));
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

        foreach (var (key, value) in nested)
        {
            FormatText(value, output, key, scalarKeys: null);
        }
    }
}
