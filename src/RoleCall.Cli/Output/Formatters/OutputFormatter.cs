using RoleCall.Cli.Output.Pagination;
using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Formatters;

/// <summary>
/// One output format. Fully buffered formats (json, table, yaml) print the merged result of a paginated call;
/// text and yaml-stream override <see cref="WritePaged"/> to print page by page as the AWS CLI does.
/// </summary>
internal abstract class OutputFormatter
{
    /// <summary>Applies the query to <paramref name="response"/> and prints the result.</summary>
    public void Write(JmesValue response, OutputOptions options, TextWriter output) =>
        Print(options.Query is null ? response : options.Query.Search(response), options, output);

    public virtual void WritePaged(PagedResponse response, OutputOptions options, TextWriter output) =>
        Write(response.BuildFullResult(), options, output);

    /// <summary>Prints an already-queried value.</summary>
    protected abstract void Print(JmesValue value, OutputOptions options, TextWriter output);
}
