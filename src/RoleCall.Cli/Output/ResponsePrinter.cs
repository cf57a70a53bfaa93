using RoleCall.Cli.Hosting;
using RoleCall.Cli.Output.Pagination;
using RoleCall.JmesPath;
using RoleCall.JmesPath.Values;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Output;

/// <summary>
/// One command's output settings, decided once before any call: `--query` compiled (a bad expression fails
/// without touching the service), the format by the AWS CLI's precedence (--output, AWS_DEFAULT_OUTPUT, the
/// profile's `output`) and the profile's `cli_timestamp_format`. Every command that prints a service response
/// (sts, iam) prints through one of these.
/// </summary>
internal sealed class ResponsePrinter(OutputFormat format, JmesPathExpression? query, TimestampFormat timestamps, TextWriter output)
{
    private readonly Dictionary<string, JmesValue> _documents = new(StringComparer.Ordinal);

    public TimestampFormat Timestamps { get; } = timestamps;

    /// <param name="globals">--output and --query.</param>
    /// <param name="environmentOutput">AWS_DEFAULT_OUTPUT.</param>
    /// <param name="profileSetting">Reads a setting of the resolved profile (`output`, `cli_timestamp_format`).</param>
    /// <param name="output">stdout.</param>
    public static ResponsePrinter For(GlobalOptions globals, string? environmentOutput, Func<string, string?> profileSetting, TextWriter output)
    {
        var query = OutputWriter.CompileQuery(globals.Query);
        var format = OutputFormats.Resolve(globals.Output, environmentOutput, profileSetting("output"));
        return new ResponsePrinter(format, query, OutputFormats.ResolveTimestampFormat(profileSetting("cli_timestamp_format")), output);
    }

    /// <summary>Prints one response (the `&lt;ActionResult&gt;` tree) of <paramref name="operation"/>.</summary>
    public void Write(ResultNode result, string operation) =>
        OutputWriter.Write(result, Options(operation), output, Timestamps);

    /// <summary>Prints an automatically paginated response.</summary>
    public void Write(PagedResponse response, string operation) =>
        OutputWriter.Write(response, Options(operation), output);

    /// <summary>
    /// A response (one page) converted with <see cref="Timestamps"/> (see <see cref="ResultNodeConverter"/>);
    /// policy documents already decoded for an earlier page are reused.
    /// </summary>
    public JmesValue Convert(ResultNode result) => ResultNodeConverter.Convert(result, Timestamps, _documents);

    private OutputOptions Options(string operation) => new(format, query, operation);
}
