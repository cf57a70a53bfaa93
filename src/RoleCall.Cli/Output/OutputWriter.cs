using RoleCall.Cli.Output.Formatters;
using RoleCall.Cli.Output.Pagination;
using RoleCall.JmesPath;
using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Values;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Output;

/// <summary>
/// The one way commands print a service response: `--query` first, then the `--output` format, exactly as the
/// AWS CLI would print it. Typical use in a command:
/// <code>
/// var query = OutputWriter.CompileQuery(context.Globals.Query);      // once, before calling the service
/// var format = OutputFormats.Resolve(context.Globals.Output, env, profile.Output);
/// OutputWriter.Write(resultNode, new OutputOptions(format, query, "GetCallerIdentity"), context.Out);
/// </code>
/// </summary>
internal static class OutputWriter
{
    /// <summary>Compiles `--query` (null when not given); a bad expression is a usage error naming the column.</summary>
    public static JmesPathExpression? CompileQuery(string? query)
    {
        if (query is null)
        {
            return null;
        }

        try
        {
            return JmesPathExpression.Compile(query);
        }
        catch (JmesPathException e)
        {
            throw OutputErrors.BadQuery(query, e);
        }
    }

    /// <summary>Prints a response value.</summary>
    public static void Write(JmesValue response, OutputOptions options, TextWriter output) =>
        Buffered(output, buffer => FormatterFor(options.Format).Write(response, options, buffer));

    /// <summary>Prints a response value; the shape the brief's callers expect.</summary>
    public static void Write(JmesValue response, OutputFormat format, JmesPathExpression? query, string operationName, TextWriter output) =>
        Write(response, new OutputOptions(format, query, operationName), output);

    /// <summary>Prints a Query-protocol response tree (the `&lt;ActionResult&gt;` element).</summary>
    public static void Write(ResultNode result, OutputOptions options, TextWriter output, TimestampFormat timestamps = TimestampFormat.Wire) =>
        Write(ResultNodeConverter.Convert(result, timestamps), options, output);

    /// <summary>Prints an automatically paginated response (see <see cref="Paginator"/>).</summary>
    public static void Write(PagedResponse response, OutputOptions options, TextWriter output) =>
        Buffered(output, buffer => FormatterFor(options.Format).WritePaged(response, options, buffer));

    /// <summary>
    /// Formats into memory and hands <paramref name="output"/> the text in one write: the console's writer
    /// flushes on every call, and the formatters write token by token (thousands of write(2) calls for one
    /// listing). What was formatted before a formatting error is still printed, then the error propagates.
    /// </summary>
    private static void Buffered(TextWriter output, Action<TextWriter> format)
    {
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            format(buffer);
        }
        finally
        {
            output.Write(buffer.GetStringBuilder());
        }
    }

    private static OutputFormatter FormatterFor(OutputFormat format) => format switch
    {
        OutputFormat.Text => new TextFormatter(),
        OutputFormat.Table => new TableFormatter(),
        OutputFormat.Yaml => new YamlFormatter(),
        OutputFormat.YamlStream => new YamlStreamFormatter(),
        _ => new JsonFormatter(),
    };
}
